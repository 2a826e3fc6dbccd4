; format: ~a ~s ~d ~% ~& ~~ and format nil returning a string.
(format t "~a ~s ~d~%" "text" "text" 42)
(format t "~a and ~a~%" '(1 2) 'sym)
(format t "tilde: ~~~%")
(format t "no newline yet")
(format t "~&fresh line~%")
(format t "~&no extra line~%")
(print (format nil "~a-~d" 'x 7))
(format t "~%~a~%" (format nil "~s" "q"))
; expect: text "text" 42
; expect: (1 2) and SYM
; expect: tilde: ~
; expect: no newline yet
; expect: fresh line
; expect: no extra line
; expect:
; expect: "X-7" 
; expect: "q"
