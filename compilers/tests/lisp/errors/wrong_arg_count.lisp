; Calling a function with too many arguments is a program error when the call runs.
(defun one-arg (x) x)
(format t "~s~%" (one-arg 1))
(format t "~s~%" (funcall #'one-arg 1 2))
; expect: 1
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
