; A variable that was never bound is an error when it is evaluated.
(format t "~s~%" 1)
(format t "~s~%" no-such-variable)
; expect: 1
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
