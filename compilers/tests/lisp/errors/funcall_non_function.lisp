; funcall of a number is a type error.
(format t "~s~%" 1)
(funcall 42 1)
; expect: 1
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
