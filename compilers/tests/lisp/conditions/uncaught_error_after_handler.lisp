; An error outside every handler-case ends the run, even after handlers have run.
(print (handler-case (error "handled") (error () 'ok)))
(terpri)
(error "not handled: ~a" 42)
; expect:
; expect: OK 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
