; loop's `it`: in the first clause after a when, if or unless test, collect, append, nconc, sum, count,
; maximize, minimize and return take the test's value; elsewhere IT is an ordinary variable.
(print (loop for x in '(1 nil 3) when x collect it))
(print (loop for x in '(1 2 3) when (and (> x 1) (* x 10)) collect it and collect x))
(print (loop for x in '((a . 1) (b . 2)) if (and (eq (car x) 'b) (cdr x)) return it))
(print (loop for x in '(1 2 3 4) unless (evenp x) collect it))
(print (loop for x in '(1 5 3 4) when (and (oddp x) x) maximize it))
(print (loop for x in '(1 5 3 4) when (and (oddp x) x) minimize it))
(print (loop for x in '((1) (2 3) nil) when x append it))
(print (loop for x in (list (list 1) (list 2 3) nil) when x nconc it))
(print (loop for x in '(1 nil 3 nil) when x count it))
(print (let ((it 5)) (loop repeat 2 collect it)))
(print (loop for x in '(1 2 3) when (> x 1) when (* x 2) collect it))
(print (loop for x in (quote (1 2 3 4)) when (and (evenp x) x) sum it))
(print (loop for x in (quote (1 2 3 4)) when (and (evenp x) (* x x)) collect it else collect (- x)))
(print (loop for x in (quote (1 2 3)) if (member x (quote (0 2 4))) return it finally (return :none)))
(terpri)
; expect:
; expect: (1 3) 
; expect: (20 2 30 3) 
; expect: 2 
; expect: (NIL NIL) 
; expect: 5 
; expect: 1 
; expect: (1 2 3) 
; expect: (1 2 3) 
; expect: 2 
; expect: (5 5) 
; expect: (4 6) 
; expect: 6 
; expect: (-1 4 -3 16) 
; expect: (2 4) 
