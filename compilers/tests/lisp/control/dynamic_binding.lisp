; A special variable rebound by let is seen by the functions called inside, and restored after.
(defvar *indent* 0)
(defun show (x) (format t "~a~a~%" (make-string *indent* :initial-element #\.) x))
(defun nested () (let ((*indent* (+ *indent* 2))) (show "inner")))
(show "outer")
(nested)
(show "outer again")
; expect: outer
; expect: ..inner
; expect: outer again
