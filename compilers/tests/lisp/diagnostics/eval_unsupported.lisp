; eval of a form at run time is not supported: the diagnostic says so.
(print (eval '(+ 1 2)))
; error: 2:8: eval of a form at run time is not supported
