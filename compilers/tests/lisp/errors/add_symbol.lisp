; Arithmetic on a symbol is a type error (the value is not a NUMBER).
(defun add (a b) (+ a b))
(format t "~s~%" (add 1 2))
(format t "~s~%" (add 'x 2))
; expect: 3
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
