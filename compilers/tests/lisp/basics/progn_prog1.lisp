; progn returns its last value, prog1 its first, prog2 its second.
(print (progn 1 2 3))
(print (prog1 1 2 3))
(print (prog2 1 2 3))
(print (let ((x 0)) (prog1 x (setq x 5))))
(terpri)
; expect:
; expect: 3 
; expect: 1 
; expect: 2 
; expect: 0 
