; aref of something that is not an array is a TYPE-ERROR (ARRAY).
(format t "~a~%" (aref #(1 2) 1))
(print (aref (list 1 2) 0))
; expect: 2
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
