; reduce with and without :initial-value, and :from-end.
(print (reduce #'+ '(1 2 3 4 5)))
(print (reduce #'* '(1 2 3 4 5)))
(print (reduce #'+ '() :initial-value 0))
(print (reduce #'+ '()))
(print (reduce #'max '(3 7 2)))
(print (reduce #'cons '(1 2 3)))
(print (reduce #'cons '(1 2 3) :from-end t))
(print (reduce #'list '(1 2 3) :initial-value 0))
(print (reduce #'+ (loop for i below 100 collect i)))
(terpri)
; expect:
; expect: 15 
; expect: 120 
; expect: 0 
; expect: 0 
; expect: 7 
; expect: ((1 . 2) . 3) 
; expect: (1 2 . 3) 
; expect: (((0 1) 2) 3) 
; expect: 4950 
