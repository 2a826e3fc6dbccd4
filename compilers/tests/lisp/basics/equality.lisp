; eq, eql, equal and equalp on numbers, characters, symbols, lists and strings.
(print (eq 'a 'a))
(print (eql 3 3))
(print (eql #\a #\a))
(print (equal '(1 (2 3)) (list 1 (list 2 3))))
(print (equal "abc" "abc"))
(print (equal "abc" "ABC"))
(print (equalp "abc" "ABC"))
(print (eq (list 1) (list 1)))
(print (let ((x (list 1))) (eq x x)))
(print (equal 1 1))
(print (equalp '(1 "A") '(1 "a")))
(terpri)
; expect:
; expect: T 
; expect: T 
; expect: T 
; expect: T 
; expect: T 
; expect: NIL 
; expect: T 
; expect: NIL 
; expect: T 
; expect: T 
; expect: T 
