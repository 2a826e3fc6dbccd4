; An evaluator for arithmetic expressions with variables, using assoc lists as environments.
(defun evaluate (e env)
  (cond ((numberp e) e)
        ((symbolp e) (cdr (assoc e env)))
        (t (let ((args (mapcar (lambda (a) (evaluate a env)) (cdr e))))
             (case (car e)
               (+ (apply #'+ args))
               (- (apply #'- args))
               (* (apply #'* args))
               (max (apply #'max args)))))))
(print (evaluate '(+ x (* 2 y) (- z)) '((x . 1) (y . 10) (z . 3))))
(print (evaluate '(max a b 7) '((a . 4) (b . 9))))
(terpri)
; expect:
; expect: 18 
; expect: 9 
