; A fill pointer may not exceed the total size.
(defvar v (make-array 3 :fill-pointer 0))
(setf (fill-pointer v) 3)
(format t "~a~%" v)
(setf (fill-pointer v) 4)
; expect: #(0 0 0)
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
