; Vectors: make-array, vector, aref, setf aref, length, #( ) literals, coerce.
(let ((v (make-array 5 :initial-element 0)))
  (dotimes (i 5) (setf (aref v i) (* i i)))
  (print v)
  (print (aref v 3))
  (print (length v)))
(print (vector 'a "b" 3))
(print #(1 2 3))
(print (coerce '(1 2) 'vector))
(print (coerce #(1 2) 'list))
(print (reduce #'+ #(1 2 3 4)))
(print (map 'vector #'1+ #(1 2 3)))
(terpri)
; expect:
; expect: #(0 1 4 9 16) 
; expect: 9 
; expect: 5 
; expect: #(A "b" 3) 
; expect: #(1 2 3) 
; expect: #(1 2) 
; expect: (1 2) 
; expect: 10 
; expect: #(2 3 4) 
