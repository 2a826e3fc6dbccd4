; Comments: to the end of the line, and #| block comments |# (which nest).
#| a block comment
   #| nested |#
   still a comment |#
(print 1) ; after a form
#|(print 2)|#
(print 3)
(terpri)
; expect:
; expect: 1 
; expect: 3 
