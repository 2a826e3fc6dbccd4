;; Structures: bank accounts
(defstruct account owner (balance 0) (history '()))
(defun deposit (acct amount)
  (incf (account-balance acct) amount)
  (push (list :deposit amount) (account-history acct))
  acct)
(defun withdraw (acct amount)
  (if (> amount (account-balance acct))
      (error "Insufficient funds: balance ~a, requested ~a" (account-balance acct) amount)
      (progn (decf (account-balance acct) amount)
             (push (list :withdraw amount) (account-history acct))
             acct)))
(let ((a (make-account :owner "Ada")))
  (deposit a 100)
  (withdraw a 30)
  (print a)
  (format t "~%~a has ~a~%" (account-owner a) (account-balance a))
  (print (account-p a))
  (print (reverse (account-history a)))
  (handler-case (withdraw a 500)
    (error (e) (format t "~%~a~%" e))))
; expect: 
; expect: #S(ACCOUNT :OWNER "Ada" :BALANCE 70 :HISTORY ((:WITHDRAW 30) (:DEPOSIT 100))) 
; expect: Ada has 70
; expect: 
; expect: T 
; expect: ((:DEPOSIT 100) (:WITHDRAW 30)) 
; expect: Insufficient funds: balance 70, requested 500
