; Quoted data with nested quotes, vectors and strings prints as SBCL prints it.
(print '(a 'b "c" #\d #(1 2)))
(print ''(1 2))
(print (list 'quote 'x))
(print (list 'quote 'x 'y))
(print '(function car))
(terpri)
; expect:
; expect: (A 'B "c" #\d #(1 2)) 
; expect: '(1 2) 
; expect: 'X 
; expect: (QUOTE X Y) 
; expect: #'CAR 
