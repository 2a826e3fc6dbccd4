;; Tail-recursive accumulators
(defun sum-to (n &optional (acc 0)) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(defun fib (n) (labels ((f (i a b) (if (= i 0) a (f (1- i) b (+ a b))))) (f n 0 1)))
(defun count-digits (n &optional (acc 1)) (if (< n 10) acc (count-digits (floor n 10) (1+ acc))))
(defun rev (l &optional acc) (if (null l) acc (rev (cdr l) (cons (car l) acc))))
(print (sum-to 10000))
(print (fib 90))
(print (count-digits 1234567890))
(print (rev '(1 2 3 4 5)))
(print (loop for i from 0 to 20 collect (fib i)))
(terpri)
; expect: 
; expect: 50005000 
; expect: 2880067194370816120 
; expect: 10 
; expect: (5 4 3 2 1) 
; expect: (0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987 1597 2584 4181 6765) 
