; block and return-from; return from the implicit block of dolist and of a defun.
(print (block outer (dolist (x '(1 2 3 4)) (when (> x 2) (return-from outer (* x 100)))) 'none))
(defun first-even (xs)
  (dolist (x xs) (when (evenp x) (return-from first-even x)))
  nil)
(print (first-even '(1 3 6 7)))
(print (first-even '(1 3)))
(print (dolist (x '(1 2 3)) (when (= x 2) (return 'found))))
(print (block nil (return 5) 6))
(terpri)
; expect:
; expect: 300 
; expect: 6 
; expect: NIL 
; expect: FOUND 
; expect: 5 
