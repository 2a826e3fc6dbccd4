; Recursion over trees: count atoms, depth, mirror, and sum of numbers.
(defun count-atoms (x) (cond ((null x) 0) ((atom x) 1) (t (+ (count-atoms (car x)) (count-atoms (cdr x))))))
(defun depth (x) (if (atom x) 0 (max (1+ (depth (car x))) (depth (cdr x)))))
(defun mirror (x) (if (atom x) x (reverse (mapcar #'mirror x))))
(defun tree-sum (x) (cond ((numberp x) x) ((consp x) (+ (tree-sum (car x)) (tree-sum (cdr x)))) (t 0)))
(let ((tree '(1 (2 3) ((4) 5))))
  (print (count-atoms tree))
  (print (depth tree))
  (print (mirror tree))
  (print (tree-sum tree)))
(terpri)
; expect:
; expect: 5 
; expect: 3 
; expect: ((5 (4)) (3 2) 1) 
; expect: 15 
