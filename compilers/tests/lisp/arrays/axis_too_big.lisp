; array-dimension of an axis the array does not have.
(defvar a (make-array '(2 3)))
(format t "~a ~a~%" (array-dimension a 0) (array-dimension a 1))
(print (array-dimension a 2))
; expect: 2 3
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
