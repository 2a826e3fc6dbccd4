; let binds in parallel, let* in sequence; inner bindings shadow outer ones.
(let ((x 1) (y 2))
  (let ((x y) (y x))
    (print (list x y))))
(let* ((a 1) (b (+ a 10)) (c (* b 2)))
  (print (list a b c)))
(let ((x 5))
  (let ((x (* x 2)))
    (print x))
  (print x))
(let (a (b))
  (print (list a b)))
(terpri)
; expect:
; expect: (2 1) 
; expect: (1 11 22) 
; expect: 10 
; expect: 5 
; expect: (NIL NIL) 
