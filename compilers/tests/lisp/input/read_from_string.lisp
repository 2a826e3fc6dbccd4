; read-from-string reads a form from a string; an end-of-file inside handler-case is an error it catches.
(print (read-from-string "(lambda (x) (* x x))"))
(print (read-from-string "  123  "))
(print (cadr (read-from-string "(a \"b c\" d)")))
(print (read-from-string "" nil :empty))
(print (handler-case (read-from-string "(1 2") (error () 'incomplete)))
(print (handler-case (read-line) (end-of-file () 'no-input)))
(terpri)
; expect: 
; expect: (LAMBDA (X) (* X X)) 
; expect: 123 
; expect: "b c" 
; expect: :EMPTY 
; expect: INCOMPLETE 
; expect: NO-INPUT 
