; parse-integer on digits, signs and spaces; digit-char-p; coerce between strings and lists.
(print (parse-integer "42"))
(print (parse-integer "-17"))
(print (parse-integer "  8  "))
(print (+ (parse-integer "100") 1))
(print (parse-integer "12abc" :junk-allowed t))
(print (coerce "abc" 'list))
(print (coerce '(#\x #\y) 'string))
(print (string 'sym))
(print (string #\c))
(terpri)
; expect:
; expect: 42 
; expect: -17 
; expect: 8 
; expect: 101 
; expect: 12 
; expect: (#\a #\b #\c) 
; expect: "xy" 
; expect: "SYM" 
; expect: "c" 
