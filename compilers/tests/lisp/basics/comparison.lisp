; Numeric comparison with two and more arguments; predicates on numbers.
(print (< 1 2))
(print (< 1 3 2))
(print (<= 1 1 2))
(print (> 3 2 1))
(print (>= 3 3 4))
(print (= 4 4 4))
(print (/= 4 5))
(print (evenp 10))
(print (oddp 10))
(print (zerop 0))
(print (plusp -1))
(print (minusp -1))
(terpri)
; expect:
; expect: T 
; expect: NIL 
; expect: T 
; expect: T 
; expect: NIL 
; expect: T 
; expect: T 
; expect: T 
; expect: NIL 
; expect: T 
; expect: NIL 
; expect: T 
