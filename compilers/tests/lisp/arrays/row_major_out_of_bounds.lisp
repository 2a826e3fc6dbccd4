; row-major-aref checks the index against the total size.
(defvar a (make-array '(2 3) :initial-element 7))
(format t "~a~%" (row-major-aref a 5))
(format t "~a~%" (row-major-aref a 6))
; expect: 7
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
