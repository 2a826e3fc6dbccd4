; error with a condition type name instead of a format string.
(format t "before~%")
(error 'simple-error)
; expect: before
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
