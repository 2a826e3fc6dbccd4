; print, prin1, princ and terpri: escapes, the leading newline and trailing space of print.
(print "a string")
(prin1 "quoted")
(terpri)
(princ "plain")
(terpri)
(print #\a)
(princ #\b)
(terpri)
(print 'symbol)
(print :keyword)
(princ :keyword)
(terpri)
(print nil)
(print t)
(print '())
(print "with \"quotes\" and \\")
(princ "with \"quotes\"")
(terpri)
(write-string "written")
(terpri)
(write-line "a line")
(print (list 1 "two" #\3 'four))
(princ (list 1 "two" #\3 'four))
(terpri)
; expect:
; expect: "a string" "quoted"
; expect: plain
; expect:
; expect: #\a b
; expect:
; expect: SYMBOL 
; expect: :KEYWORD KEYWORD
; expect:
; expect: NIL 
; expect: T 
; expect: NIL 
; expect: "with \"quotes\" and \\" with "quotes"
; expect: written
; expect: a line
; expect:
; expect: (1 "two" #\3 FOUR) (1 two 3 FOUR)
