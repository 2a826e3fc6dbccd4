; Nested loops: a multiplication table and pairs with a condition.
(print (loop for i from 1 to 3 collect (loop for j from 1 to 3 collect (* i j))))
(print (loop for i from 1 to 4 append (loop for j from i to 4 when (= (+ i j) 5) collect (list i j))))
(loop for i from 1 to 3 do (loop for j from 1 to i do (princ "*")) (terpri))
; expect:
; expect: ((1 2 3) (2 4 6) (3 6 9)) 
; expect: ((1 4) (2 3)) *
; expect: **
; expect: ***
