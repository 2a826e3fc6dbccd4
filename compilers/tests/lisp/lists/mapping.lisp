; mapcar (one and two lists), mapc, maplist, mapcan.
(print (mapcar #'1+ '(1 2 3)))
(print (mapcar #'+ '(1 2 3) '(10 20 30)))
(print (mapcar #'list '(a b c) '(1 2)))
(print (mapcar (lambda (x) (* x x)) '(1 2 3 4)))
(mapc #'print '(x y))
(print (maplist #'identity '(1 2 3)))
(print (mapcan (lambda (x) (list x x)) '(1 2)))
(print (mapcar #'car '((a 1) (b 2))))
(terpri)
; expect:
; expect: (2 3 4) 
; expect: (11 22 33) 
; expect: ((A 1) (B 2)) 
; expect: (1 4 9 16) 
; expect: X 
; expect: Y 
; expect: ((1 2 3) (2 3) (3)) 
; expect: (1 1 2 2) 
; expect: (A B) 
