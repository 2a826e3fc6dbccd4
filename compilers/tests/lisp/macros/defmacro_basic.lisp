; defmacro with backquote, unquote and splicing; the expansion runs at compile time.
(defmacro my-when (test &body body)
  `(if ,test (progn ,@body) nil))
(defmacro square (x) `(* ,x ,x))
(print (my-when t 1 2 3))
(print (my-when nil 1))
(print (square 7))
(print (square (+ 1 2)))
(terpri)
; expect:
; expect: 3 
; expect: NIL 
; expect: 49 
; expect: 9 
