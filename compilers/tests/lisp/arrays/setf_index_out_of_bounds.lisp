; Storing past a dimension is an error too.
(defvar grid (make-array '(3 3) :initial-element 0))
(setf (aref grid 2 2) 1)
(print grid)
(terpri)
(setf (aref grid 3 0) 1)
; expect:
; expect: #2A((0 0 0) (0 0 0) (0 0 1)) 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
