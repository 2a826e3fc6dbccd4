; Strings built by format nil, composed and measured.
(let ((s (format nil "~a/~a" "left" "right")))
  (print s)
  (print (length s))
  (print (string-upcase s)))
(print (format nil "~{~a~^-~}" '(2026 12 4)))
(print (format nil "~d items" 3))
(terpri)
; expect:
; expect: "left/right" 
; expect: 10 
; expect: "LEFT/RIGHT" 
; expect: "2026-12-4" 
; expect: "3 items" 
