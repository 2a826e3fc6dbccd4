; stdin: ab c
; stdin: 12 34
; read-char, peek-char (also skipping blanks) and unread-char on standard input.
(print (read-char))
(print (peek-char))
(print (read-char))
(print (peek-char t))
(let ((c (read-char)))
  (unread-char c)
  (print (read-char)))
(print (read-char))
(print (+ (read) (read)))
(print (read-char *standard-input* nil :end))
(terpri)
; expect: 
; expect: #\a 
; expect: #\b 
; expect: #\b 
; expect: #\c 
; expect: #\c 
; expect: #\Newline 
; expect: 46 
; expect: :END 
