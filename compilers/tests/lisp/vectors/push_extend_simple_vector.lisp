; vector-push-extend needs an array with a fill pointer: a simple vector has none.
(defvar v (vector 1 2))
(format t "~a~%" (length v))
(vector-push-extend 3 v)
; expect: 2
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
