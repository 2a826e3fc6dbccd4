; loop while, until, repeat, do, return, with, = then; the simple loop with return.
(print (loop for i from 1 while (< (* i i) 50) collect i))
(print (loop for i from 1 until (> i 3) collect i))
(let ((n 0)) (loop repeat 5 do (incf n 2)) (print n))
(print (loop for x in '(1 2 3 4) do (when (= x 3) (return (* x 100)))))
(print (loop with acc = 1 for i from 1 to 5 do (setq acc (* acc i)) finally (return acc)))
(print (loop for a = 1 then (* a 2) repeat 6 collect a))
(let ((i 0)) (print (loop (incf i) (when (> i 9) (return i)))))
(print (loop for x in '(2 4 6) always (evenp x)))
(print (loop for x in '(2 4 6) thereis (and (> x 3) x)))
(terpri)
; expect:
; expect: (1 2 3 4 5 6 7) 
; expect: (1 2 3) 
; expect: 10 
; expect: 300 
; expect: 120 
; expect: (1 2 4 8 16 32) 
; expect: 10 
; expect: T 
; expect: 4 
