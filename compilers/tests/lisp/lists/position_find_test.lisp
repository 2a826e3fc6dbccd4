; position, find and count with :test and :key.
(print (position "b" '("a" "b") :test #'string=))
(print (find 3 '((1 . a) (3 . c)) :key #'car))
(print (count 2 '((1) (2) (2)) :key #'car))
(print (remove 2 '((1) (2) (3)) :key #'car))
(print (member '(1) '((0) (1) (2)) :test #'equal))
(print (assoc 2 '((1 . one) (2 . two)) :test #'=))
(terpri)
; expect:
; expect: 1 
; expect: (3 . C) 
; expect: 2 
; expect: ((1) (3)) 
; expect: ((1) (2)) 
; expect: (2 . TWO) 
