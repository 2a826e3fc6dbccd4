; A list that is never closed.
(print (+ 1 2)
; error: 2:1: unbalanced parenthesis
