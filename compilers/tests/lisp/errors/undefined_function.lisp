; Calling a function that is never defined is an error when the call is reached.
(format t "~s~%" 'start)
(undefined-thing 1 2)
; expect: START
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
