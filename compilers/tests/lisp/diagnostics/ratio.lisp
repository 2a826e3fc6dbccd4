; Ratios are not supported: a diagnostic at the number.
(print 1/2)
; error: 2:8: ratio 1/2
