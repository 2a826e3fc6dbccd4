; remove-if, remove-if-not, remove, find, find-if, position, count, count-if, every, some.
(print (remove-if #'oddp '(1 2 3 4 5 6)))
(print (remove-if-not #'oddp '(1 2 3 4 5 6)))
(print (remove 3 '(1 3 2 3)))
(print (find 3 '(1 2 3 4)))
(print (find-if #'evenp '(1 3 4 5)))
(print (find 'x '(a b)))
(print (position 'c '(a b c d)))
(print (position-if #'zerop '(3 2 0 1)))
(print (count 'a '(a b a c a)))
(print (count-if #'evenp '(1 2 4 5)))
(print (every #'numberp '(1 2 3)))
(print (some #'symbolp '(1 2 x)))
(print (every #'< '(1 2) '(3 4)))
(print (remove-duplicates '(1 2 1 3 2)))
(print (find 2 '((1 a) (2 b)) :key #'car))
(terpri)
; expect:
; expect: (2 4 6) 
; expect: (1 3 5) 
; expect: (1 2) 
; expect: 3 
; expect: 4 
; expect: NIL 
; expect: 2 
; expect: 2 
; expect: 3 
; expect: 2 
; expect: T 
; expect: T 
; expect: T 
; expect: (1 3 2) 
; expect: (2 B) 
