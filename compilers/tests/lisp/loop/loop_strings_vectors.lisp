; loop across strings and vectors, counting and collecting characters.
(print (loop for c across "hello world" count (char= c #\o)))
(print (loop for c across "abc" collect (char-upcase c)))
(print (loop for x across #(3 1 4 1 5) maximize x))
(print (loop for i from 0 below (length "abc") collect (char "abc" i)))
(terpri)
; expect:
; expect: 2 
; expect: (#\A #\B #\C) 
; expect: 5 
; expect: (#\a #\b #\c) 
