; A labels function that captures and updates a variable of its enclosing function.
(defun count-leaves (tree)
  (let ((n 0))
    (labels ((walk (x) (cond ((null x) nil) ((atom x) (incf n)) (t (walk (car x)) (walk (cdr x))))))
      (walk tree))
    n))
(print (count-leaves '(a (b c) ((d)) e)))
(terpri)
; expect:
; expect: 5 
