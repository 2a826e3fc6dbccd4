; Functions that return functions; mapcar over closures.
(defun make-adder (n) (lambda (x) (+ x n)))
(let ((add5 (make-adder 5)))
  (print (funcall add5 10))
  (print (mapcar (make-adder 100) '(1 2 3))))
(defun compose (f g) (lambda (x) (funcall f (funcall g x))))
(print (funcall (compose #'1+ #'abs) -5))
(terpri)
; expect:
; expect: 15 
; expect: (101 102 103) 
; expect: 6 
