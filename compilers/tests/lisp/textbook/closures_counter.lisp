;; Closures: counters and accumulators
(defun make-counter (&optional (start 0))
  (let ((count start))
    (list (lambda () (incf count))
          (lambda () (decf count))
          (lambda () count))))
(let* ((c (make-counter 10))
       (inc (first c)) (dec (second c)) (get (third c)))
  (funcall inc) (funcall inc) (funcall inc) (funcall dec)
  (format t "Counter: ~a~%" (funcall get)))
(defun make-adder (n) #'(lambda (x) (+ x n)))
(let ((add5 (make-adder 5)) (add10 (make-adder 10)))
  (format t "~a ~a~%" (funcall add5 1) (funcall add10 1))
  (print (mapcar add5 '(1 2 3))))
(defun compose (f g) (lambda (x) (funcall f (funcall g x))))
(print (funcall (compose #'1+ #'(lambda (x) (* x x))) 7))
(defvar *fns* (loop for i from 1 to 3 collect (let ((i i)) (lambda () (* i 100)))))
(print (mapcar #'funcall *fns*))
(terpri)
; expect: Counter: 12
; expect: 6 11
; expect: 
; expect: (6 7 8) 
; expect: 50 
; expect: (100 200 300) 
