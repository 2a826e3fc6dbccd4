; aref may read past the fill pointer but not past the total size.
(defvar v (make-array 4 :fill-pointer 2))
(format t "~a~%" (aref v 3))
(format t "~a~%" (aref v 4))
; expect: 0
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
