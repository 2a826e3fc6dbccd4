; Macros that define functions: a defun-generating macro and a memo table.
(defmacro defsquare (name) `(defun ,name (x) (* x x)))
(defsquare sq)
(print (sq 12))
(defmacro my-inc (place &optional (by 1)) `(setf ,place (+ ,place ,by)))
(let ((n 1)) (my-inc n) (my-inc n 5) (print n))
(terpri)
; expect:
; expect: 144 
; expect: 7 
