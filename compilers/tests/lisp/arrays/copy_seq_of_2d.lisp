; copy-seq is for sequences: an array of rank 2 is a TYPE-ERROR.
(defvar a (make-array '(2 2) :initial-element 1))
(print (copy-seq a))
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
