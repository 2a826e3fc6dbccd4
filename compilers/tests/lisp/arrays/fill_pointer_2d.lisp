; Only vectors have fill pointers.
(print (array-dimensions (make-array '(2 2) :adjustable t)))
(terpri)
(make-array '(2 3) :fill-pointer 0)
; expect:
; expect: (2 2) 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
