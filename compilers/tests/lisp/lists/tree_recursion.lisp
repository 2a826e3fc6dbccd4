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
(print (subst 'x '(a b) '((a b) c (a b)) :test #'equal))
(print (sublis '((a . 1) (b . 2)) '(a (b c) a)))
(print (sublis '(((a) . z)) '((a) b) :test #'equal))
(print (list (tree-equal '(1 (2)) '(1 (2))) (tree-equal '("a") '("a")) (tree-equal '("a") '("a") :test #'equal)))
(terpri)
; expect:
; expect: 5 
; expect: 3 
; expect: ((5 (4)) (3 2) 1) 
; expect: 15 
; expect: (X C X) 
; expect: (1 (2 C) 1) 
; expect: (Z B) 
; expect: (T NIL T) 
