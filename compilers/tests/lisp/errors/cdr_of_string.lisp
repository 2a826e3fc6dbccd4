; cdr of a string is a type error.
(defun tail-of (x) (cdr x))
(format t "~s~%" (tail-of '(1 2)))
(format t "~s~%" (tail-of "abc"))
; expect: (2)
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
