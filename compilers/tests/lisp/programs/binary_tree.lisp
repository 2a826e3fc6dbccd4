; A binary search tree of lists (value left right): insert, in-order walk, depth.
(defun insert (tree x)
  (cond ((null tree) (list x nil nil))
        ((< x (first tree)) (list (first tree) (insert (second tree) x) (third tree)))
        (t (list (first tree) (second tree) (insert (third tree) x)))))
(defun walk (tree)
  (if (null tree) nil (append (walk (second tree)) (list (first tree)) (walk (third tree)))))
(defun depth (tree) (if (null tree) 0 (1+ (max (depth (second tree)) (depth (third tree))))))
(let ((tree (reduce #'insert '(50 30 70 20 40 60 80 35) :initial-value nil)))
  (print (walk tree))
  (print (depth tree)))
(terpri)
; expect:
; expect: (20 30 35 40 50 60 70 80) 
; expect: 4 
