; A let binding must be a symbol or (symbol value).
(let ((1 2)) (print 1))
; error: 2:1: let: bad binding (1 2)
