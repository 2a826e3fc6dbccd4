; Integer arithmetic: + - * with any number of arguments, truncate floor mod rem, 1+ 1-.
(print (+ 1 2 3 4))
(print (- 10 3 2))
(print (- 5))
(print (* 2 3 4))
(print (+))
(print (*))
(print (truncate 17 5))
(print (floor -17 5))
(print (mod -17 5))
(print (rem -17 5))
(print (1+ 41))
(print (1- 43))
(print (/ 12 4))
(print (abs -7))
(print (max 3 9 2))
(print (min 3 9 2))
(terpri)
; expect:
; expect: 10 
; expect: 5 
; expect: -5 
; expect: 24 
; expect: 0 
; expect: 1 
; expect: 3 
; expect: -4 
; expect: 3 
; expect: -2 
; expect: 42 
; expect: 42 
; expect: 3 
; expect: 7 
; expect: 9 
; expect: 2 
