; String comparisons return the mismatch index or NIL, as CL defines.
(print (string< "abc" "abd"))
(print (string> "abd" "abc"))
(print (string<= "abc" "abc"))
(print (string>= "b" "a"))
(print (string/= "abc" "abc"))
(print (string/= "abc" "abx"))
(print (string= "" ""))
(print (string< "ab" "abc"))
(terpri)
; expect:
; expect: 2 
; expect: 2 
; expect: 3 
; expect: 0 
; expect: NIL 
; expect: 2 
; expect: T 
; expect: 2 
