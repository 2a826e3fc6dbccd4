; aref with more indices than the array has dimensions.
(defvar a (make-array '(2 3) :initial-element 0))
(format t "~a~%" (aref a 1 2))
(print (aref a 1 2 0))
; expect: 0
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
