; stdin: one line
; Reading past the end of standard input: sbcl --script ends the run quietly with status 0.
(format t "~a~%" (read-line))
(format t "before~%")
(format t "~a~%" (read-line))
(format t "not reached~%")
; expect: one line
; expect: before
