; subseq on lists; nreverse; nconc.
(print (subseq '(a b c d e) 1 3))
(print (subseq '(a b c d e) 2))
(print (nreverse (list 1 2 3)))
(print (nconc (list 1 2) (list 3)))
(print (list-length '(1 2 3)))
(terpri)
; expect:
; expect: (B C) 
; expect: (C D E) 
; expect: (3 2 1) 
; expect: (1 2 3) 
; expect: 3 
