; append (several lists, sharing the last), reverse, length, nth, nthcdr, last, butlast.
(print (append '(1 2) '(3 4) '(5)))
(print (append))
(print (append '(1) 2))
(print (reverse '(1 2 3 4)))
(print (length '(a b c d e)))
(print (length nil))
(print (nth 2 '(a b c d)))
(print (nth 9 '(a b c d)))
(print (nthcdr 2 '(a b c d)))
(print (last '(1 2 3)))
(print (butlast '(1 2 3)))
(print (copy-list '(1 2 3)))
(terpri)
; expect:
; expect: (1 2 3 4 5) 
; expect: NIL 
; expect: (1 . 2) 
; expect: (4 3 2 1) 
; expect: 5 
; expect: 0 
; expect: C 
; expect: NIL 
; expect: (C D) 
; expect: (3) 
; expect: (1 2) 
; expect: (1 2 3) 
