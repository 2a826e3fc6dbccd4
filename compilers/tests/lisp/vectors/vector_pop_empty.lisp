; vector-pop of an empty vector is an error.
(defvar v (make-array 0 :fill-pointer 0 :adjustable t))
(vector-push-extend 1 v)
(format t "~a~%" (vector-pop v))
(format t "~a~%" (vector-pop v))
; expect: 1
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
