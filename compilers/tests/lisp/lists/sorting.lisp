; sort with a predicate and :key; stable-sort.
(print (sort (list 5 2 8 1 9) #'<))
(print (sort (list 5 2 8 1 9) #'>))
(print (sort (list "pear" "apple" "fig") #'string<))
(print (sort (list '(b 2) '(a 1) '(c 3)) #'< :key #'second))
(print (stable-sort (list 3 1 2) #'<))
(terpri)
; expect:
; expect: (1 2 5 8 9) 
; expect: (9 8 5 2 1) 
; expect: ("apple" "fig" "pear") 
; expect: ((A 1) (B 2) (C 3)) 
; expect: (1 2 3) 
