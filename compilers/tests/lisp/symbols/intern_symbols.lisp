; intern finds the program's own symbols (eq to a quoted one) and makes new ones that stay the same.
(print (eq (intern "APPLE") 'apple))
(print (intern "BANANA"))
(print (eq (intern "NEW-ONE") (intern "NEW-ONE")))
(print (symbol-name (intern "NEW-ONE")))
(let ((s (intern (concatenate 'string "PRE" "FIX"))))
  (print s)
  (print (eq s 'prefix))
  (print (symbolp s)))
(print (mapcar (lambda (n) (intern (string-upcase n))) '("red" "green")))
(print (eq (car (mapcar (lambda (n) (intern (string-upcase n))) '("red"))) 'red))
(terpri)
; expect: 
; expect: T 
; expect: BANANA 
; expect: T 
; expect: "NEW-ONE" 
; expect: PREFIX 
; expect: T 
; expect: T 
; expect: (RED GREEN) 
; expect: T 
