; loop's for-across wants a vector.
(defvar a (make-array '(2 2) :initial-element 1))
(print (loop for x across #(1 2 3) sum x))
(terpri)
(print (loop for x across a sum x))
; expect:
; expect: 6 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
