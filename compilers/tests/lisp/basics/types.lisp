; Type predicates and typep.
(dolist (x (list 1 'a "s" #\c '(1) nil (vector 1 2)))
  (format t "~s: ~a ~a ~a ~a ~a ~a ~a~%" x (numberp x) (symbolp x) (stringp x) (characterp x)
          (consp x) (listp x) (functionp x)))
(print (typep 5 'integer))
(print (typep "x" 'string))
(print (typep '(1) 'list))
(print (atom 5))
(print (atom '(1)))
(print (null nil))
(print (not 3))
(terpri)
; expect: 1: T NIL NIL NIL NIL NIL NIL
; expect: A: NIL T NIL NIL NIL NIL NIL
; expect: "s": NIL NIL T NIL NIL NIL NIL
; expect: #\c: NIL NIL NIL T NIL NIL NIL
; expect: (1): NIL NIL NIL NIL T T NIL
; expect: NIL: NIL T NIL NIL NIL T NIL
; expect: #(1 2): NIL NIL NIL NIL NIL NIL NIL
; expect:
; expect: T 
; expect: T 
; expect: T 
; expect: T 
; expect: NIL 
; expect: T 
; expect: NIL 
