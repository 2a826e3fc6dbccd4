;; Factorial three ways
(defun fact-rec (n)
  (if (<= n 1) 1 (* n (fact-rec (- n 1)))))
(defun fact-iter (n)
  (do ((i 1 (1+ i))
       (acc 1 (* acc i)))
      ((> i n) acc)))
(defun fact-loop (n)
  (loop for i from 1 to n
        for acc = 1 then (* acc i)
        finally (return acc)))
(dolist (n '(0 1 5 10 20))
  (format t "~2d! = ~d ~d ~d~%" n (fact-rec n) (fact-iter n) (fact-loop n)))
(format t "The factorials up to 15: ~{~a~^, ~}~%" (loop for i from 1 to 15 collect (fact-rec i)))
; expect:  0! = 1 1 NIL
; expect:  1! = 1 1 1
; expect:  5! = 120 120 120
; expect: 10! = 3628800 3628800 3628800
; expect: 20! = 2432902008176640000 2432902008176640000 2432902008176640000
; expect: The factorials up to 15: 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800, 87178291200, 1307674368000
