; Slot defaults are evaluated for each new structure; structures compare with equalp slot by slot? No:
; eq for identity, and accessors on a copy.
(defvar *serial* 0)
(defstruct ticket (id (incf *serial*)) (label "none"))
(let ((a (make-ticket)) (b (make-ticket :label "vip")))
  (print (list (ticket-id a) (ticket-label a)))
  (print (list (ticket-id b) (ticket-label b)))
  (print (eq a a))
  (print (eq a (copy-ticket a))))
(terpri)
; expect:
; expect: (1 "none") 
; expect: (2 "vip") 
; expect: T 
; expect: NIL 
