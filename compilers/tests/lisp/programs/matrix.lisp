; Matrices as lists of rows: transpose with apply and mapcar, and multiplication.
(defun transpose (m) (apply #'mapcar #'list m))
(defun dot (a b) (reduce #'+ (mapcar #'* a b)))
(defun mat* (a b)
  (let ((bt (transpose b)))
    (mapcar (lambda (row) (mapcar (lambda (col) (dot row col)) bt)) a)))
(print (transpose '((1 2 3) (4 5 6))))
(print (mat* '((1 2) (3 4)) '((5 6) (7 8))))
(terpri)
; expect:
; expect: ((1 4) (2 5) (3 6)) 
; expect: ((19 22) (43 50)) 
