; return-from out of a handler-case body, and block results through unwind-protect.
(defun first-negative (xs)
  (dolist (x xs 'none)
    (handler-case (when (< x 0) (return-from first-negative x))
      (error () 'never))))
(print (first-negative '(3 -2 5)))
(print (block b (unwind-protect (return-from b 'left) (princ "cleanup "))))
(terpri)
; expect:
; expect: -2 cleanup 
; expect: LEFT 
