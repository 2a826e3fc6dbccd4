; eval of a form at run time is not supported: the diagnostic says so. Nor are format's floating-point
; directives and its justification ~<...~> (a constant control string is checked when it compiles).
(print (eval '(+ 1 2)))
(format t "~a costs ~,2f~%" 'tea 3)
(format t "~10<~a~>|~%" 'x)
; error: 3:8: eval of a form at run time is not supported
; error: 4:1: the directive ~f is not supported (floating-point
; error: 5:1: the directive ~< is not supported
