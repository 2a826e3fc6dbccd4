; concatenate of strings and lists, string-upcase/downcase, char, subseq, string< and string= with symbols.
(print (concatenate 'string "Ada" " " "Lovelace"))
(print (concatenate 'list '(1 2) '(3) nil '(4)))
(print (string-upcase "analytical engine"))
(print (string-downcase "NOTE G"))
(print (char "Babbage" 0))
(print (subseq "difference engine" 11))
(print (string< "apple" "banana"))
(print (string= 'lisp "LISP"))
(print (string< "same" "same"))
(print (parse-integer "  -1843 "))
(print (parse-integer "12abc" :junk-allowed t))
(terpri)
; expect: 
; expect: "Ada Lovelace" 
; expect: (1 2 3 4) 
; expect: "ANALYTICAL ENGINE" 
; expect: "note g" 
; expect: #\B 
; expect: "engine" 
; expect: 0 
; expect: T 
; expect: NIL 
; expect: -1843 
; expect: 12 
