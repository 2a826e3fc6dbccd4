; A tiny LISP evaluator (eval/apply over quoted data) running factorial through its own environment.
(defun lookup (name env)
  (let ((pair (assoc name env)))
    (if pair (cdr pair) (error "unbound ~a" name))))
(defun tiny-eval (e env)
  (cond ((numberp e) e)
        ((symbolp e) (if (member e '(t nil)) e (lookup e env)))
        ((eq (car e) 'quote) (cadr e))
        ((eq (car e) 'if) (if (tiny-eval (cadr e) env)
                              (tiny-eval (caddr e) env)
                              (tiny-eval (cadddr-of e) env)))
        ((eq (car e) 'lambda) (list 'closure (cadr e) (caddr e) env))
        ((eq (car e) 'let) (tiny-eval (caddr e)
                                      (append (mapcar (lambda (b) (cons (car b) (tiny-eval (cadr b) env)))
                                                      (cadr e))
                                              env)))
        (t (tiny-apply (tiny-eval (car e) env)
                       (mapcar (lambda (a) (tiny-eval a env)) (cdr e))))))
(defun cadddr-of (e) (car (cdr (cdr (cdr e)))))
(defun tiny-apply (f args)
  (cond ((functionp f) (apply f args))
        ((eq (car f) 'closure)
         (tiny-eval (caddr f) (append (pairlis (cadr f) args) (cadddr-of f))))
        (t (error "not a function: ~a" f))))
(defparameter *global-env*
  (list (cons '+ #'+) (cons '- #'-) (cons '* #'*) (cons '= #'=) (cons '< #'<)))
(print (tiny-eval '(+ 1 2) *global-env*))
(print (tiny-eval '((lambda (x y) (* x y)) 6 7) *global-env*))
(print (tiny-eval '(let ((n 5)) (if (< n 3) 'small 'big)) *global-env*))
;; factorial through a self-application (the evaluator has no define)
(print (tiny-eval '(let ((fact (lambda (self n) (if (= n 0) 1 (* n (self self (- n 1)))))))
                     (fact fact 10))
                  *global-env*))
(terpri)
; expect:
; expect: 3 
; expect: 42 
; expect: BIG 
; expect: 3628800 
