; Building strings with format nil and concatenate: a multiplication table row by row.
(defun row (n) (format nil "~{~4d~}" (loop for i from 1 to 5 collect (* n i))))
(dotimes (i 4) (write-line (row (1+ i))))
(print (concatenate 'string "ab" "cd" "ef"))
(terpri)
; expect:    1   2   3   4   5
; expect:    2   4   6   8  10
; expect:    3   6   9  12  15
; expect:    4   8  12  16  20
; expect:
; expect: "abcdef" 
