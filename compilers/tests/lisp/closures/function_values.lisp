; Functions as data: a list of functions applied in turn, and #' on library functions.
(let ((fs (list #'1+ #'abs (lambda (x) (* x x)))))
  (print (mapcar (lambda (f) (funcall f -3)) fs)))
(print (funcall #'reverse '(1 2 3)))
(print (mapcar #'length '((1) (1 2) ())))
(print (apply #'append '((1) (2) (3))))
(print (funcall #'+ 1 2 3 4 5 6))
(print (reduce #'max '(4 8 1) :initial-value 0))
(terpri)
; expect:
; expect: (-2 3 9) 
; expect: (3 2 1) 
; expect: (1 2 0) 
; expect: (1 2 3) 
; expect: 21 
; expect: 8 
