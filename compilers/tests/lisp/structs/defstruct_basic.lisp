; defstruct: constructor with keywords, accessors, predicate, setf of a slot, printing.
(defstruct point x y)
(let ((p (make-point :x 1 :y 2)))
  (print p)
  (print (point-x p))
  (setf (point-y p) 20)
  (print (point-y p))
  (print (point-p p))
  (print (point-p 5))
  (print p))
(defstruct (account) (owner "nobody") (balance 0))
(print (make-account))
(print (make-account :owner "ada" :balance 10))
(terpri)
; expect:
; expect: #S(POINT :X 1 :Y 2) 
; expect: 1 
; expect: 20 
; expect: T 
; expect: NIL 
; expect: #S(POINT :X 1 :Y 20) 
; expect: #S(ACCOUNT :OWNER "nobody" :BALANCE 0) 
; expect: #S(ACCOUNT :OWNER "ada" :BALANCE 10) 
