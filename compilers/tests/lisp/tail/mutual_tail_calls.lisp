; Mutual recursion in tail position (even/odd) runs in constant stack.
(defun my-even (n) (if (= n 0) t (my-odd (- n 1))))
(defun my-odd (n) (if (= n 0) nil (my-even (- n 1))))
(print (my-even 20001))
(print (my-odd 20001))
(terpri)
; store: 30000
; max-steps: 50000000
; expect:
; expect: NIL 
; expect: T 
