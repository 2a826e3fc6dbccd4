;; Higher-order functions
(print (mapcar #'+ '(1 2 3) '(10 20 30)))
(print (remove-if #'evenp '(1 2 3 4 5 6)))
(print (remove-if-not #'(lambda (x) (> x 2)) '(1 2 3 4)))
(print (reduce #'* '(1 2 3 4 5)))
(print (reduce #'max '(3 9 2 7)))
(print (reduce #'+ '(1 2 3) :initial-value 100))
(print (reduce #'list '(1 2 3 4) :from-end t))
(print (find-if #'oddp '(2 4 5 6)))
(print (position-if #'symbolp '(1 "a" b)))
(print (count-if #'stringp '("a" b "c")))
(print (every #'numberp '(1 2 3)))
(print (some #'zerop '(1 0 2)))
(print (apply #'max '(4 8 2)))
(print (funcall #'cons 'a 'b))
(print (sort '(5 2 8 1 9) #'<))
(print (sort (list "pear" "fig" "apple") #'string<))
(print (sort (list '(b 2) '(a 3) '(c 1)) #'< :key #'second))
(print (mapcan #'(lambda (x) (if (evenp x) (list x x))) '(1 2 3 4)))
(print (find 3 '((1 a) (3 b)) :key #'car))
(print (member 2 '(1 2 3) :test #'=))
(terpri)
; expect: 
; expect: (11 22 33) 
; expect: (1 3 5) 
; expect: (3 4) 
; expect: 120 
; expect: 9 
; expect: 106 
; expect: (1 (2 (3 4))) 
; expect: 5 
; expect: 2 
; expect: 2 
; expect: T 
; expect: T 
; expect: 8 
; expect: (A . B) 
; expect: (1 2 5 8 9) 
; expect: ("apple" "fig" "pear") 
; expect: ((C 1) (B 2) (A 3)) 
; expect: (2 2 4 4) 
; expect: (3 B) 
; expect: (2 3) 
