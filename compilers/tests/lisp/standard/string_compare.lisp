; The case-insensitive string comparisons ignore case by the lower-case codes, as SBCL's (#\_ is before
; #\a, after #\A): string-lessp, string-greaterp, string-not-lessp, string-not-greaterp; arrayp.
(print (list (string-lessp "_" "a") (string-greaterp "_" "A") (string-lessp "abc" "ABD") (string-greaterp "b" "A")))
(print (list (string-not-lessp "abc" "ABC") (string-not-lessp "abd" "ABC") (string-not-lessp "ab" "ABC")
             (string-not-greaterp "abc" "ABD") (string-not-greaterp "abd" "ABC") (string-not-greaterp "_" "a")))
(print (list (arrayp "abc") (arrayp #(1)) (arrayp '(1)) (arrayp (make-array 2)) (arrayp 5)))
(terpri)
; expect:
; expect: (0 NIL 2 0) 
; expect: (3 2 NIL 2 NIL 0) 
; expect: (T T NIL T NIL) 
