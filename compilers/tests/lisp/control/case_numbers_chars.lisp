; case on integers, characters and symbols; ecase-like use with otherwise.
(defun roman (n) (case n (1 "I") (5 "V") (10 "X") (50 "L") (otherwise "?")))
(print (mapcar #'roman '(1 5 10 7)))
(defun vowel-p (c) (case (char-downcase c) ((#\a #\e #\i #\o #\u) t) (t nil)))
(print (count-if #'vowel-p "Analytical Engine"))
(terpri)
; expect:
; expect: ("I" "V" "X" "?") 
; expect: 7 
