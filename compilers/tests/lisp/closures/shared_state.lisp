; Two closures sharing one variable: a bank account with deposit and balance.
(defun make-account (balance)
  (list (lambda (n) (setq balance (+ balance n)))
        (lambda () balance)))
(let ((acct (make-account 100)))
  (funcall (first acct) 50)
  (funcall (first acct) 25)
  (print (funcall (second acct))))
(terpri)
; expect:
; expect: 175 
