;; case, typecase, cond
(defun classify (x)
  (typecase x
    (integer (if (evenp x) "even integer" "odd integer"))
    (string "a string")
    (symbol "a symbol")
    (list "a list")
    (t "something else")))
(dolist (x (list 4 7 "hi" 'foo '(1 2) #\c))
  (format t "~s: ~a~%" x (classify x)))
(defun day-name (n)
  (case n
    (0 'sunday) (6 'saturday)
    ((1 2 3 4 5) 'weekday)
    (otherwise 'invalid)))
(print (mapcar #'day-name '(0 3 6 9)))
(defun grade (score)
  (cond ((>= score 90) "A") ((>= score 80) "B") ((>= score 70) "C") (t "F")))
(print (mapcar #'grade '(95 85 72 10)))
(print (ecase 'b (a 1) (b 2)))
(terpri)
; expect: 4: even integer
; expect: 7: odd integer
; expect: "hi": a string
; expect: FOO: a symbol
; expect: (1 2): a list
; expect: #\c: something else
; expect: 
; expect: (SUNDAY WEEKDAY SATURDAY INVALID) 
; expect: ("A" "B" "C" "F") 
; expect: 2 
