; multiple-value-call is outside the subset (multiple-value-bind is in it).
(print (multiple-value-bind (q r) (floor 7 2) (list q r)))
(print (multiple-value-call #'list (floor 7 2)))
; error: 3:8: multiple-value-call is not supported
