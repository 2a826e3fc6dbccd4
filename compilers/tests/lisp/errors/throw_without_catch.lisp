; A throw to a tag that no catch has established is an error.
(format t "start~%")
(throw 'nowhere 1)
; expect: start
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
