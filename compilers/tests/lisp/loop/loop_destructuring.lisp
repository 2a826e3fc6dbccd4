; loop for with a destructuring pattern over a list of lists and a property list.
(print (loop for (a b) in '((1 2) (3 4)) collect (+ a b)))
(print (loop for (k v) on '(:x 1 :y 2) by #'cddr collect (list v k)))
(print (loop for (head . tail) in '((1 2 3) (4)) collect tail))
(terpri)
; expect:
; expect: (3 7) 
; expect: ((1 :X) (2 :Y)) 
; expect: ((2 3) NIL) 
