; An index past the end of a vector is an error.
(let ((v (vector 1 2 3)))
  (format t "~s~%" (aref v 2))
  (print (aref v 3)))
; expect: 3
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
