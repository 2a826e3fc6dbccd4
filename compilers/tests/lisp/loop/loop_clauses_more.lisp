; More loop clauses: from/downto/by, until, maximize/minimize, if/else with and, finally, named return.
(print (loop for i from 10 downto 1 by 3 collect i))
(print (loop for i from 1 until (> (* i i) 50) collect i))
(print (loop for x in '(3 9 2 7) maximize x))
(print (loop for x in '(3 9 2 7) minimize x))
(print (loop for x in '(1 2 3 4 5 6)
             if (evenp x) collect x into evens
             else collect x into odds and sum x into odd-sum
             finally (return (list evens odds odd-sum))))
(print (loop for x on '(a b c) collect (length x)))
(print (loop for c across "abc" count (char= c #\b)))
(print (loop for i below 5 append (list i i)))
(print (loop for i from 1 to 100 when (= 0 (mod i 17)) return i))
(loop for i from 1 to 3 do (princ i) finally (terpri))
(print (loop for (a . b) in '((1 . 2) (3 . 4)) sum (* a b)))
(print (loop with acc = 1 for i from 1 to 5 do (setf acc (* acc i)) finally (return acc)))
(print (loop named outer for i from 1 to 3
             do (loop for j from 1 to 3
                      when (= (* i j) 4) do (return-from outer (list i j)))))
(print (loop named foo for i below 3 when (= i 1) return (* i 10)))
(print (loop named foo with s of-type fixnum = 2 for i of-type fixnum below 3 sum (* i s)))
(terpri)
; expect: 
; expect: (10 7 4 1) 
; expect: (1 2 3 4 5 6 7) 
; expect: 9 
; expect: 2 
; expect: ((2 4 6) (1 3 5) 9) 
; expect: (3 2 1) 
; expect: 1 
; expect: (0 0 1 1 2 2 3 3 4 4) 
; expect: 17 123
; expect: 
; expect: 14 
; expect: 120 
; expect: (2 2) 
; expect: 10 
; expect: 6 
