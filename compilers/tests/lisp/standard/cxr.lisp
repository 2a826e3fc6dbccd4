; The car/cdr compositions of three and four letters, as functions and through #'.
(defvar *tree* '((((1 . 2) . (3 . 4)) . ((5 . 6) . (7 . 8))) . (((9 . 10) . (11 . 12)) . ((13 . 14) . (15 . 16)))))
(print (list (caaar *tree*) (caadr *tree*) (cadar *tree*) (caddr *tree*)
             (cdaar *tree*) (cdadr *tree*) (cddar *tree*) (cdddr *tree*)))
(print (list (caaaar *tree*) (caaadr *tree*) (caadar *tree*) (caaddr *tree*)
             (cadaar *tree*) (cadadr *tree*) (caddar *tree*) (cadddr *tree*)))
(print (list (cdaaar *tree*) (cdaadr *tree*) (cdadar *tree*) (cdaddr *tree*)
             (cddaar *tree*) (cddadr *tree*) (cdddar *tree*) (cddddr *tree*)))
(print (mapcar #'caadr '((1 (2 3)) (4 (5 6)))))
(print (mapcar #'cdadr '((1 (2 3)) (4 (5 6)))))
(print (cadar '((1 2) 3)))
(print (cdddr '(1 2 3 4 5)))
(print (caddar nil))
(terpri)
; expect:
; expect: ((1 . 2) (9 . 10) (5 . 6) (13 . 14) (3 . 4) (11 . 12) (7 . 8) (15 . 16)) 
; expect: (1 9 5 13 3 11 7 15) 
; expect: (2 10 6 14 4 12 8 16) 
; expect: (2 5) 
; expect: ((3) (6)) 
; expect: 2 
; expect: (4 5) 
; expect: NIL 
