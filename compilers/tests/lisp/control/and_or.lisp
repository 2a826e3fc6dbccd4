; and and or return the deciding value, and stop early.
(print (and 1 2 3))
(print (and 1 nil 3))
(print (and))
(print (or nil 2 3))
(print (or nil nil))
(print (or))
(let ((n 0))
  (or (incf n) (incf n))
  (and nil (incf n))
  (print n))
(terpri)
; expect:
; expect: 3 
; expect: NIL 
; expect: T 
; expect: 2 
; expect: NIL 
; expect: NIL 
; expect: 1 
