; Higher-order functions written by hand: my-map, my-filter, my-fold, curry.
(defun my-map (f xs) (if (null xs) nil (cons (funcall f (car xs)) (my-map f (cdr xs)))))
(defun my-filter (p xs)
  (cond ((null xs) nil) ((funcall p (car xs)) (cons (car xs) (my-filter p (cdr xs)))) (t (my-filter p (cdr xs)))))
(defun my-fold (f acc xs) (if (null xs) acc (my-fold f (funcall f acc (car xs)) (cdr xs))))
(defun curry (f x) (lambda (y) (funcall f x y)))
(print (my-map (curry #'* 3) '(1 2 3)))
(print (my-filter #'oddp '(1 2 3 4 5)))
(print (my-fold #'+ 0 '(1 2 3 4)))
(print (my-fold (lambda (acc x) (cons x acc)) nil '(a b c)))
(terpri)
; expect:
; expect: (3 6 9) 
; expect: (1 3 5) 
; expect: 10 
; expect: (C B A) 
