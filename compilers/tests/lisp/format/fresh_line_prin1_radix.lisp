; ~& starts a line only when needed; ~r writes a number in English; prin1, princ and write-string.
(format t "~&first line~%")
(format t "~&second~&")
(format t "~&third~%~%")
(format t "~r, ~r and ~r~%" 7 42 1999)
(format t "~r~%" 0)
(prin1 "quoted")
(princ " ")
(princ "plain")
(terpri)
(prin1 '(a "b" #\c))
(terpri)
(write-string "written")
(write-string " twice")
(fresh-line)
(fresh-line)
(prin1 (prin1-to-string 'sym))
(terpri)
; expect: first line
; expect: second
; expect: third
; expect: 
; expect: seven, forty-two and one thousand nine hundred ninety-nine
; expect: zero
; expect: "quoted" plain
; expect: (A "b" #\c)
; expect: written twice
; expect: "SYM"
