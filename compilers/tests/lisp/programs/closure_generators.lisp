; Generators made of closures: a counter with reset, and a Fibonacci stream.
(defun make-fib-gen ()
  (let ((a 0) (b 1))
    (lambda () (prog1 a (psetq a b b (+ a b))))))
(let ((g (make-fib-gen)))
  (print (loop repeat 12 collect (funcall g))))
(defun make-resettable ()
  (let ((n 0))
    (list :next (lambda () (incf n)) :reset (lambda () (setq n 0)))))
(let ((c (make-resettable)))
  (funcall (getf c :next)) (funcall (getf c :next))
  (print (funcall (getf c :next)))
  (funcall (getf c :reset))
  (print (funcall (getf c :next))))
(terpri)
; expect:
; expect: (0 1 1 2 3 5 8 13 21 34 55 89) 
; expect: 3 
; expect: 1 
