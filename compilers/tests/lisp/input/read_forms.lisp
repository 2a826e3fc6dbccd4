; stdin: (deriv (+ (* 3 x) 5) x)
; stdin:   (a . b) "a \"quoted\" string"  -42 +7 foo-bar
; stdin: 'quoted ; a comment
; stdin: (1 (2 (3 . 4)) ())
; read builds lists, dotted pairs, strings, integers and symbols (upcased, EQ to the program's own).
(let ((form (read)))
  (print form)
  (print (eq (car form) 'deriv))
  (print (length form)))
(print (read))
(let ((s (read))) (print s) (print (stringp s)) (print (length s)))
(print (+ (read) (read)))
(print (symbol-name (read)))
(print (read))
(print (read))
(print (read *standard-input* nil 'no-more))
(terpri)
; expect: 
; expect: (DERIV (+ (* 3 X) 5) X) 
; expect: T 
; expect: 3 
; expect: (A . B) 
; expect: "a \"quoted\" string" 
; expect: T 
; expect: 17 
; expect: -35 
; expect: "FOO-BAR" 
; expect: 'QUOTED 
; expect: (1 (2 (3 . 4)) NIL) 
; expect: NO-MORE 
