; member and assoc, with :test and :key.
(print (member 3 '(1 2 3 4)))
(print (member 9 '(1 2 3)))
(print (member "b" '("a" "b" "c") :test #'equal))
(print (member "b" '("a" "b" "c")))
(print (assoc 'b '((a . 1) (b . 2) (c . 3))))
(print (assoc 'z '((a . 1))))
(print (assoc "y" '(("x" . 1) ("y" . 2)) :test #'string=))
(print (member 2 '((1 a) (2 b)) :key #'car))
(print (rassoc 2 '((a . 1) (b . 2))))
(print (cdr (assoc 'c '((a . 1) (b . 2) (c . 3)))))
(terpri)
; expect:
; expect: (3 4) 
; expect: NIL 
; expect: ("b" "c") 
; expect: NIL 
; expect: (B . 2) 
; expect: NIL 
; expect: ("y" . 2) 
; expect: ((2 B)) 
; expect: (B . 2) 
; expect: 3 
