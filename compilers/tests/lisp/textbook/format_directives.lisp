;; format directives
(format t "~a and ~s~%" "text" "text")
(format t "~d items~%" 42)
(format t "[~5d] [~5a] [~5@a]~%" 42 "ab" "ab")
(format t "~b ~o ~x~%" 10 10 255)
(format t "~r~%" 1234)
(format t "~:r ~@r~%" 3 1999)
(format t "~{~a~^ + ~} = ~a~%" '(1 2 3) 6)
(format t "~{(~a . ~a)~}~%" '(a 1 b 2))
(format t "~a~%~a~%" 'first 'second)
(format t "~&fresh~&line~%")
(format t "~5,'0d~%" 42)
(format t "~:d~%" 1234567)
(format t "~c~c~%" #\a #\b)
(format t "~10@a|~%" "right")
(format t "~(~a~) ~:@(~a~)~%" "LOWER" "upper")
(format t "~[zero~;one~;two~]~%" 1)
(format t "~a item~:p~%" 3)
(format t "~:[no~;yes~] ~:[no~;yes~]~%" nil 5)
(format t "~@(hello big world~) ~:(hello big world~)~%" )
(format t "~d bott~:@p, ~d famil~:@p~%" 1 3)
(format t "~[none~;one~;two~:;many~]~%" 2)
(format t "~{~a~[~;!~]~^ ~}~%" '(a 0 b 1))
(format t "~10,'*d|~%" -42)
(format t "~@d ~:d~%" 5 -1000)
(format t "~:r ~:r ~:r ~:r~%" 1 2 12 21)
; expect: text and "text"
; expect: 42 items
; expect: [   42] [ab   ] [   ab]
; expect: 1010 12 FF
; expect: one thousand two hundred thirty-four
; expect: third MCMXCIX
; expect: 1 + 2 + 3 = 6
; expect: (A . 1)(B . 2)
; expect: FIRST
; expect: SECOND
; expect: fresh
; expect: line
; expect: 00042
; expect: 1,234,567
; expect: ab
; expect:      right|
; expect: lower UPPER
; expect: one
; expect: 3 items
; expect: no yes
; expect: Hello big world Hello Big World
; expect: 1 botty, 3 families
; expect: two
; expect: A B!
; expect: *******-42|
; expect: +5 -1,000
; expect: first second twelfth twenty-first
