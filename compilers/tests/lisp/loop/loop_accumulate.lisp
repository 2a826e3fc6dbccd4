; loop accumulation: sum count maximize minimize append, and into with finally.
(print (loop for i from 1 to 10 sum i))
(print (loop for x in '(1 2 3 4 5) count (oddp x)))
(print (loop for x in '(3 9 2) maximize x))
(print (loop for x in '(3 9 2) minimize x))
(print (loop for x in '((1 2) (3) (4 5)) append x))
(print (loop for x in '(1 2 3 4) when (evenp x) collect x))
(print (loop for x in '(1 2 3 4) if (oddp x) collect x else collect (- x)))
(print (loop for x in '(1 2 3) sum x into total finally (return (* total 10))))
(print (loop for x in '(1 2 3 4 5) collect x into odds finally (return (length odds))))
(terpri)
; expect:
; expect: 55 
; expect: 3 
; expect: 9 
; expect: 2 
; expect: (1 2 3 4 5) 
; expect: (2 4) 
; expect: (1 -2 3 -4) 
; expect: 60 
; expect: 5 
