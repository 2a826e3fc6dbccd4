; Floating-point numbers are not supported.
(print (+ 1 2.5))
; error: 2:13: floating-point number 2.5
