; if, cond with several clauses, a clause with only a test, when and unless.
(defun classify (n)
  (cond ((< n 0) 'negative)
        ((= n 0) 'zero)
        ((< n 10) 'small)
        (t 'large)))
(print (mapcar #'classify '(-5 0 3 42)))
(print (if nil 1))
(print (cond ((member 2 '(1 2 3)))))
(print (when (> 3 2) 'yes))
(print (unless (> 3 2) 'no))
(print (if 0 'zero-is-true 'no))
(terpri)
; expect:
; expect: (NEGATIVE ZERO SMALL LARGE) 
; expect: NIL 
; expect: (2 3) 
; expect: YES 
; expect: NIL 
; expect: ZERO-IS-TRUE 
