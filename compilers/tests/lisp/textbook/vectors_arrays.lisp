;; Vectors and arrays
(let ((v (make-array 5 :initial-element 0)))
  (dotimes (i 5) (setf (aref v i) (* i i)))
  (print v)
  (print (length v))
  (print (aref v 3)))
(let ((v (vector 5 3 8 1)))
  (print (sort v #'<))
  (print (reduce #'+ v))
  (print (map 'vector #'1+ v))
  (print (map 'list #'(lambda (x) (* x 10)) v)))
(defun vector-max (v)
  (let ((best (aref v 0)))
    (loop for x across v when (> x best) do (setf best x))
    best))
(print (vector-max #(3 17 4 9)))
(print (coerce '(1 2 3) 'vector))
(print (make-array 3 :initial-contents '(a b c)))
(print (find 4 #(1 2 4 8)))
(print (position 8 #(1 2 4 8)))
(terpri)
; expect: 
; expect: #(0 1 4 9 16) 
; expect: 5 
; expect: 9 
; expect: #(1 3 5 8) 
; expect: 17 
; expect: #(2 4 6 9) 
; expect: (10 30 50 80) 
; expect: 17 
; expect: #(1 2 3) 
; expect: #(A B C) 
; expect: 4 
; expect: 3 
