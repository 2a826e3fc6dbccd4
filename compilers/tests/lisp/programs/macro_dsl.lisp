; A small DSL by macros: define rules as data and a macro that turns them into a function.
(defmacro defrules (name &rest rules)
  `(defun ,name (x)
     (cond ,@(mapcar (lambda (r) `((,(first r) x) ',(second r))) rules)
           (t 'unknown))))
(defrules kind-of (numberp number) (stringp string) (symbolp symbol))
(print (mapcar #'kind-of (list 1 "a" 'b '(c))))
(terpri)
; expect:
; expect: (NUMBER STRING SYMBOL UNKNOWN) 
