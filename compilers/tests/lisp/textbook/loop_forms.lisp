;; The loop macro
(print (loop for i from 1 to 10 collect (* i i)))
(print (loop for i from 10 downto 1 by 3 collect i))
(print (loop for x in '(3 1 4 1 5 9 2 6) maximize x))
(print (loop for x in '(3 1 4 1 5 9 2 6) minimize x))
(print (loop for x in '(1 2 3 4 5 6) when (evenp x) sum x))
(print (loop for x across #(1 2 3 4) collect (* 2 x)))
(print (loop for (a b) in '((1 2) (3 4) (5 6)) collect (+ a b)))
(print (loop for x on '(1 2 3) collect x))
(print (loop for i below 5 and j from 10 collect (list i j)))
(print (loop for x in '(a b c) for i from 0 collect (cons i x)))
(print (loop repeat 3 collect 'hi))
(print (loop for i from 1 while (< (* i i) 50) collect i))
(print (loop for x in '(1 2 3 4) count (oddp x)))
(print (loop for x in '(2 4 6) always (evenp x)))
(print (loop for x in '(1 3 5) thereis (and (> x 2) x)))
(print (loop with total = 0 for i from 1 to 4 do (incf total i) finally (return total)))
(print (loop for word in '("a" "bb" "ccc") append (list word (length word))))
(print (loop for i from 1 to 3 nconc (list i i)))
(terpri)
; expect: 
; expect: (1 4 9 16 25 36 49 64 81 100) 
; expect: (10 7 4 1) 
; expect: 9 
; expect: 1 
; expect: 12 
; expect: (2 4 6 8) 
; expect: (3 7 11) 
; expect: ((1 2 3) (2 3) (3)) 
; expect: ((0 10) (1 11) (2 12) (3 13) (4 14)) 
; expect: ((0 . A) (1 . B) (2 . C)) 
; expect: (HI HI HI) 
; expect: (1 2 3 4 5 6 7) 
; expect: 2 
; expect: T 
; expect: 3 
; expect: 10 
; expect: ("a" 1 "bb" 2 "ccc" 3) 
; expect: (1 1 2 2 3 3) 
