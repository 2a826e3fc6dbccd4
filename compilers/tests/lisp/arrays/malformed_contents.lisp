; Initial contents that do not match the dimensions.
(print (make-array '(2 2) :initial-contents '((1 2) (3 4))))
(terpri)
(print (make-array '(2 3) :initial-contents '((1 2) (3 4))))
; expect:
; expect: #2A((1 2) (3 4)) 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
