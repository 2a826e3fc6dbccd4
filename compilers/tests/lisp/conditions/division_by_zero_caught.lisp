; A division by zero inside handler-case is a DIVISION-BY-ZERO condition its clauses catch (by its own
; type, arithmetic-error or error).
(print (handler-case (floor 1 0) (division-by-zero () :dz)))
(print (handler-case (/ 1 0) (error () :err)))
(print (handler-case (mod 5 0) (arithmetic-error () :arith)))
(defun average (list) (handler-case (/ (reduce #'+ list) (length list)) (division-by-zero () 0)))
(print (list (average '(2 4 6)) (average '())))
(handler-case (/ 10 0) (error (e) (format t "~%caught: ~a" (type-of e))))
(terpri)
; expect: 
; expect: :DZ 
; expect: :ERR 
; expect: :ARITH 
; expect: (4 0) 
; expect: caught: DIVISION-BY-ZERO
