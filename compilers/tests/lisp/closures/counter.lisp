; Closures as counters: each closure has its own captured, mutable variable.
(defun make-counter ()
  (let ((count 0))
    (lambda () (incf count))))
(let ((a (make-counter)) (b (make-counter)))
  (funcall a) (funcall a)
  (funcall b)
  (print (list (funcall a) (funcall b))))
(terpri)
; expect:
; expect: (3 2) 
