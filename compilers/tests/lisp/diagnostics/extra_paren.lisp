; A closing parenthesis with no list to close.
(print 1))
; error: 2:10: unexpected ')'
