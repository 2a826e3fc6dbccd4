;; Symbols as data and property lists
(setf (get 'fido 'species) 'dog)
(setf (get 'fido 'age) 3)
(setf (get 'tom 'species) 'cat)
(defun describe-pet (p) (format t "~a is a ~a~%" p (get p 'species)))
(describe-pet 'fido)
(describe-pet 'tom)
(print (get 'tom 'age))
(print (get 'tom 'age 'unknown))
(print (symbol-name 'hello))
(print (symbolp 'x))
(print (intern "NEW-SYMBOL"))
(print (eq 'abc (intern "ABC")))
(print (list 'a 'b :c "d" #\e 5))
(print (getf '(:a 1 :b 2) :b))
(print (keywordp :foo))
(print (string 'sym))
(terpri)
; expect: FIDO is a DOG
; expect: TOM is a CAT
; expect: 
; expect: NIL 
; expect: UNKNOWN 
; expect: "HELLO" 
; expect: T 
; expect: NEW-SYMBOL 
; expect: T 
; expect: (A B :C "d" #\e 5) 
; expect: 2 
; expect: T 
; expect: "SYM" 
