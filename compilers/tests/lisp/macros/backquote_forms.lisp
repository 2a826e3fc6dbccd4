; Backquote as data: unquote, splicing, dotted tails, and nested lists.
(let ((x 1) (ys '(2 3)))
  (print `(a ,x b))
  (print `(a ,@ys b))
  (print `(a (nested ,x) ,@ys))
  (print `(a . ,x))
  (print `(,@ys . tail))
  (print `x))
(terpri)
; expect:
; expect: (A 1 B) 
; expect: (A 2 3 B) 
; expect: (A (NESTED 1) 2 3) 
; expect: (A . 1) 
; expect: (2 3 . TAIL) 
; expect: X 
