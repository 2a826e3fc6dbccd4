; Symbols are upcased when read; quote, symbolp, eq on symbols, symbol-name.
(print 'hello)
(print 'Hello)
(print (eq 'abc 'ABC))
(print (symbolp 'x))
(print (symbolp "x"))
(print (symbolp nil))
(print (symbol-name 'widget))
(print (list 'a 'b (list 'c 'd)))
(print '(quote x))
(print ''x)
(terpri)
; expect:
; expect: HELLO 
; expect: HELLO 
; expect: T 
; expect: T 
; expect: NIL 
; expect: T 
; expect: "WIDGET" 
; expect: (A B (C D)) 
; expect: 'X 
; expect: 'X 
