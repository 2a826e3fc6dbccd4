; An array of rank 2 is not a sequence.
(defvar a (make-array '(2 2) :initial-element 1))
(format t "~a~%" (array-total-size a))
(print (length a))
; expect: 4
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
