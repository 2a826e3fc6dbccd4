; macroexpand-1 and macroexpand of a quoted call of the program's own macros: the expansion and T, or
; the form and NIL when it is not a macro call. Checked against SBCL 2.2.9.
(defmacro square (x) `(* ,x ,x))
(defmacro my-unless (test &body body)
  `(if ,test nil (progn ,@body)))
(defmacro twice-square (x) `(square (square ,x)))
(defmacro def-getter (name key)
  `(defun ,name (plist) (getf plist ,key)))
(print (macroexpand-1 '(square (+ 1 2))))
(print (macroexpand-1 '(my-unless done (print 1) (print 2))))
(print (macroexpand-1 '(twice-square y)))
(print (macroexpand '(twice-square y)))
(print (macroexpand-1 '(def-getter age-of :age)))
(multiple-value-bind (form expanded) (macroexpand-1 '(square 5))
  (format t "~%~s ~s~%" form expanded))
(multiple-value-bind (form expanded) (macroexpand '(car x))
  (format t "~s ~s~%" form expanded))
(print (macroexpand 42))
(terpri)
; expect:
; expect: (* (+ 1 2) (+ 1 2)) 
; expect: (IF DONE
; expect:     NIL
; expect:     (PROGN (PRINT 1) (PRINT 2))) 
; expect: (SQUARE (SQUARE Y)) 
; expect: (* (SQUARE Y) (SQUARE Y)) 
; expect: (DEFUN AGE-OF (PLIST) (GETF PLIST :AGE)) 
; expect: (* 5 5) T
; expect: (CAR X) NIL
; expect:
; expect: 42 
