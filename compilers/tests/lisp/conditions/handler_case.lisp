; handler-case catches an error signalled with a format string; the condition prints as its message.
(defun safe-sqrt (n)
  (if (< n 0) (error "cannot take the root of ~d" n) (isqrt n)))
(defun try (n)
  (handler-case (safe-sqrt n)
    (error (c) (format nil "error: ~a" c))))
(print (try 49))
(print (try -4))
(print (handler-case (error "plain") (simple-error () 'simple)))
(print (ignore-errors (safe-sqrt -1)))
(print (ignore-errors (safe-sqrt 16)))
(terpri)
; expect:
; expect: 7 
; expect: "error: cannot take the root of -4" 
; expect: SIMPLE 
; expect: NIL 
; expect: 4 
