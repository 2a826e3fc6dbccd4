; Characters: #\a, names, char-code, code-char, case and predicates.
(print #\A)
(print #\Space)
(print #\Newline)
(print (char-code #\A))
(print (code-char 98))
(print (char-upcase #\q))
(print (char-downcase #\Q))
(print (alpha-char-p #\x))
(print (digit-char-p #\7))
(print (digit-char-p #\x))
(print (char= #\a #\a))
(print (char< #\a #\b))
(print (upper-case-p #\A))
(terpri)
; expect:
; expect: #\A 
; expect: #\  
; expect: #\Newline 
; expect: 65 
; expect: #\b 
; expect: #\Q 
; expect: #\q 
; expect: T 
; expect: 7 
; expect: NIL 
; expect: T 
; expect: T 
; expect: T 
