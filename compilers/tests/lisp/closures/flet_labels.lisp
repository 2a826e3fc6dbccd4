; flet (not recursive) and labels (recursive, mutually recursive), capturing outer variables.
(defun scale-all (xs k)
  (flet ((scale (x) (* x k)))
    (mapcar #'scale xs)))
(print (scale-all '(1 2 3) 3))
(labels ((fib (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
  (print (fib 15)))
(defun parity (n)
  (labels ((ev (k) (if (= k 0) 'even (od (- k 1))))
           (od (k) (if (= k 0) 'odd (ev (- k 1)))))
    (ev n)))
(print (list (parity 10) (parity 7)))
(flet ((f (x) (+ x 1)))
  (flet ((f (x) (* (f x) 2)))
    (print (f 5))))
(terpri)
; expect:
; expect: (3 6 9) 
; expect: 610 
; expect: (EVEN ODD) 
; expect: 12 
