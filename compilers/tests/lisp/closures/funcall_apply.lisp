; funcall and apply with function objects, symbols and lambda; #' on globals.
(defun add3 (a b c) (+ a b c))
(print (funcall #'add3 1 2 3))
(print (apply #'add3 '(1 2 3)))
(print (apply #'add3 1 '(2 3)))
(print (funcall 'add3 4 5 6))
(print (apply #'max 4 '(9 2)))
(print (funcall (lambda (x y) (list y x)) 1 2))
(print ((lambda (x) (* x 2)) 21))
(print (apply #'list 1 2 3 4 5 6 '(7 8)))
(terpri)
; expect:
; expect: 6 
; expect: 6 
; expect: 6 
; expect: 15 
; expect: 9 
; expect: (2 1) 
; expect: 42 
; expect: (1 2 3 4 5 6 7 8) 
