; cons car cdr list, dotted pairs, cadr and friends, first second third.
(print (cons 1 2))
(print (cons 1 '(2 3)))
(print (cons '(1) 2))
(print (list 1 2 3))
(print (car '(a b c)))
(print (cdr '(a b c)))
(print (cadr '(a b c)))
(print (caddr '(a b c)))
(print (cddr '(a b c)))
(print (caar '((x) y)))
(print (car nil))
(print (cdr nil))
(print (first '(1 2 3)))
(print (second '(1 2 3)))
(print (third '(1 2 3)))
(print (rest '(1 2 3)))
(print '(1 . (2 . (3 . nil))))
(print '(1 (2 . 3) . 4))
(terpri)
; expect:
; expect: (1 . 2) 
; expect: (1 2 3) 
; expect: ((1) . 2) 
; expect: (1 2 3) 
; expect: A 
; expect: (B C) 
; expect: B 
; expect: C 
; expect: (C) 
; expect: X 
; expect: NIL 
; expect: NIL 
; expect: 1 
; expect: 2 
; expect: 3 
; expect: (2 3) 
; expect: (1 2 3) 
; expect: (1 (2 . 3) . 4) 
