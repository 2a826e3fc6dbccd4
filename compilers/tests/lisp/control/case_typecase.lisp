; case with single keys, key lists and otherwise; typecase on types.
(defun day-kind (d)
  (case d
    ((sat sun) 'weekend)
    (wed 'midweek)
    (otherwise 'weekday)))
(print (mapcar #'day-kind '(mon wed sun)))
(defun describe-it (x)
  (typecase x
    (integer "an integer")
    (string "a string")
    (symbol "a symbol")
    (t "something else")))
(print (mapcar #'describe-it (list 1 "s" 'q '(1))))
(print (case 3 (1 'one) (2 'two)))
(print (case #\b (#\a 'a) (#\b 'b)))
(terpri)
; expect:
; expect: (WEEKDAY MIDWEEK WEEKEND) 
; expect: ("an integer" "a string" "a symbol" "something else") 
; expect: NIL 
; expect: B 
