; The errors of fill pointers, caught: SBCL's texts and condition types.
(defvar v (make-array 2 :fill-pointer 0 :adjustable t))
(defvar simple (vector 1 2))
(print (handler-case (vector-pop v) (error (c) (format nil "~a" c))))
(print (handler-case (vector-push-extend 1 simple) (type-error (c) (format nil "~a" c))))
(print (handler-case (fill-pointer simple) (error (c) (format nil "~a" c))))
(print (handler-case (setf (fill-pointer v) 3) (error (c) (format nil "~a" c))))
(print (handler-case (vector-pop v) (simple-error () 'simple-error)))
(print (handler-case (vector-push 1 simple) (simple-type-error () 'simple-type-error)))
(print (type-of (handler-case (vector-pop v) (error (c) c))))
(terpri)
; expect:
; expect: "There is nothing left to pop." 
; expect: "#(1 2) is not an array with a fill pointer." 
; expect: "#(1 2) is not an array with a fill pointer." 
; expect: "The new fill pointer, 3, is larger than the length of the vector (2.)" 
; expect: SIMPLE-ERROR 
; expect: SIMPLE-TYPE-ERROR 
; expect: SIMPLE-ERROR 
