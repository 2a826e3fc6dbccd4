; define-condition: slots with :initarg, :initform and :reader, a :report function or string, a
; subtype caught by its parent's clause, make-condition, typep and type-of; unhandled, SBCL's report.
(define-condition plain-error (error) ())
(define-condition low-balance (error)
  ((amount :initarg :amount :reader low-balance-amount)
   (needed :initarg :needed :initform 100 :reader needed-of))
  (:report (lambda (c stream) (format stream "balance ~d is below ~d" (low-balance-amount c) (needed-of c)))))
(define-condition very-low (low-balance) () )
(define-condition with-string (error) () (:report "a fixed report"))
(print (handler-case (error 'plain-error) (error (e) (format nil "~a" e))))
(print (handler-case (error 'low-balance :amount 5) (low-balance (e) (format nil "~a / ~d" e (low-balance-amount e)))))
(print (handler-case (error 'very-low :amount 1 :needed 2) (low-balance (e) (format nil "caught ~a" e))))
(print (handler-case (error 'with-string) (error (e) (princ-to-string e))))
(print (handler-case (error (make-condition 'low-balance :amount 7)) (condition (e) (needed-of e))))
(print (type-of (handler-case (error 'very-low :amount 1) (error (e) e))))
(print (typep (make-condition 'very-low :amount 1) 'low-balance))
(terpri)
(error 'very-low :amount 3)
; expect: 
; expect: "Condition COMMON-LISP-USER::PLAIN-ERROR was signalled." 
; expect: "balance 5 is below 100 / 5" 
; expect: "caught balance 1 is below 2" 
; expect: "a fixed report" 
; expect: 100 
; expect: VERY-LOW 
; expect: T 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
