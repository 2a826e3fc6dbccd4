; Fibonacci three ways: naive recursion, iteration with do, and memoised with a hash table.
(defun fib (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(print (fib 18))
(defun fib-iter (n) (do ((i 0 (1+ i)) (a 0 b) (b 1 (+ a b))) ((= i n) a)))
(print (fib-iter 100))
(defvar *memo* (make-hash-table))
(defun fib-memo (n)
  (or (gethash n *memo*)
      (setf (gethash n *memo*) (if (< n 2) n (+ (fib-memo (- n 1)) (fib-memo (- n 2)))))))
(print (fib-memo 60))
(terpri)
; expect:
; expect: 2584 
; expect: 354224848179261915075 
; expect: 1548008755920 
