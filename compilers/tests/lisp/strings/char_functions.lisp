; Characters in strings: counting letters and digits, building a string from codes.
(let ((s "Babbage 1791"))
  (print (count-if #'digit-char-p s))
  (print (count-if #'upper-case-p s))
  (print (remove-if-not #'alpha-char-p s))
  (print (coerce (mapcar #'code-char '(76 73 83 80)) 'string))
  (print (map 'list #'digit-char-p "123")))
(terpri)
; expect:
; expect: 4 
; expect: 1 
; expect: "Babbage" 
; expect: "LISP" 
; expect: (1 2 3) 
