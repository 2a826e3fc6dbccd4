; Strings: length, char, subseq, concatenate, string=, string<, upcase, downcase, search.
(let ((s "Hello, World"))
  (print (length s))
  (print (char s 0))
  (print (subseq s 7))
  (print (subseq s 0 5))
  (print (concatenate 'string s "!" " ok"))
  (print (string-upcase s))
  (print (string-downcase s))
  (print (string= "abc" "abc"))
  (print (string= "abc" "abd"))
  (print (string< "apple" "banana"))
  (print (string< "b" "a"))
  (print (string-equal "ABC" "abc"))
  (print (search "World" s))
  (print (reverse "stressed")))
(print (list (string-left-trim " " "  padded  ") (string-right-trim " " "  padded  ") (string-trim "*-" "*-x-*")))
(print (list (parse-integer "ff" :radix 16) (parse-integer "-1010" :radix 2) (parse-integer "z" :radix 36)))
(terpri)
; expect:
; expect: 12 
; expect: #\H 
; expect: "World" 
; expect: "Hello" 
; expect: "Hello, World! ok" 
; expect: "HELLO, WORLD" 
; expect: "hello, world" 
; expect: T 
; expect: NIL 
; expect: 0 
; expect: NIL 
; expect: T 
; expect: 7 
; expect: "desserts" 
; expect: ("padded  " "  padded" "x") 
; expect: (255 -10 35) 
