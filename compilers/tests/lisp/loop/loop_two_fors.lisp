; Two for clauses step together; the loop ends with the shorter.
(print (loop for x in '(a b c d) for i from 1 collect (list i x)))
(print (loop for x in '(1 2 3) for y in '(10 20) collect (+ x y)))
(print (reduce #'+ (loop for i below 10000 collect i)))
(terpri)
; expect:
; expect: ((1 A) (2 B) (3 C) (4 D)) 
; expect: (11 22) 
; expect: 49995000 
