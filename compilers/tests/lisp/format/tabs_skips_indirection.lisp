; format: ~T columns, ~V and ~# parameters, ~* skips (~:* backs up, ~@* goes to), ~? and ~@?,
; ~:C and ~@C, widths and commas of ~B ~O ~X (~,,'.,4:d), ~:; as the default clause of ~[, ~@[, ~:{ ~@{ ~n{
; and ~:} iteration, ~ and a newline (~@ and ~: too). Checked against SBCL 2.2.9.
(defun show-table (rows)
  (format t "~a~12t~a~20t~a~%" "name" "qty" "price")
  (dolist (row rows)
    (format t "~a~12t~3d~20t~5d~%" (first row) (second row) (third row))))
(show-table '(("apples" 12 150) ("kiwis" 7 45) ("watermelons" 2 900) ("a-very-long-name" 1 5)))
(format t "~10@t|~3,4@t|~%")
(dolist (w '(3 6 9))
  (format t "[~vd] [~v,,,'.a]~%" w 42 w "ab"))
(format t "~a ~* ~a~%" 1 2 3)
(format t "~a ~:*~a ~a~%" 'again 'next)
(format t "~a ~a ~@*~a~%" 'x 'y)
(format t "~{~a~#[~;, and ~:;, ~]~}~%" '(red green blue))
(format t "~? ~a~%" "<~a|~a>" '(1 2) 'after)
(format t "~@? ~a~%" "<~a|~a>" 1 2 'after)
(format t "~:c ~:c ~:c ~@c ~@c~%" #\a #\Space #\Newline #\b #\Space)
(format t "~8,'0b ~4o ~:x ~x ~@x ~b~%" 5 8 65535 -255 10 'sym)
(dotimes (i 4)
  (format t "~2d: ~5,'0b ~3o ~2x~%" i (* i 3) (* i 9) (* i 7)))
(dolist (n '(0 1 2 7))
  (format t "~d: ~[none~;one~:;many~]~%" n n))
(format t "~:{~a=~a ~}~%" '((a 1) (b 2)))
(format t "~@{~a~^-~}~%" 1 2 3)
(format t "~:@{~a:~a ~}~%" '(a 1) '(b 2))
(format t "~{~a~^, ~:}|~1{~a~}|~{~{~a~^.~}~^ / ~}~%" '(1 2) '(1 2 3) '((1 2) (3 4)))
(format t "~{<~a>~}|~:{~a~:}|~{~a~:}~%" nil '((1)) '(2))
(format t "~,,'.,4:d ~,,' ,4:b ~12,'*,'_,2:x~%" 123456789 255 3054)
(format t "~@[x=~a~]|~@[x=~a~]|~a~%" 5 nil 'next)
(format t "one, ~
           two ~a~%" 'three)
(format t "a~@
           b~:
   c~%")
; expect: name        qty     price
; expect: apples       12       150
; expect: kiwis         7        45
; expect: watermelons   2       900
; expect: a-very-long-name   1     5
; expect:           |     |
; expect: [ 42] [ab.]
; expect: [    42] [ab....]
; expect: [       42] [ab.......]
; expect: 1  3
; expect: AGAIN AGAIN NEXT
; expect: X Y X
; expect: RED, GREEN, and BLUE
; expect: <1|2> AFTER
; expect: <1|2> AFTER
; expect: a Space Newline #\b #\ 
; expect: 00000101   10 F,FFF -FF +A SYM
; expect:  0: 00000   0  0
; expect:  1: 00011  11  7
; expect:  2: 00110  22  E
; expect:  3: 01001  33 15
; expect: 0: none
; expect: 1: one
; expect: 2: many
; expect: 7: many
; expect: A=1 B=2 
; expect: 1-2-3
; expect: A:1 B:2 
; expect: 1, 2|1|1.2 / 3.4
; expect: |1|2
; expect: 1.2345.6789 1111 1111 ********B_EE
; expect: x=5||NEXT
; expect: one, two THREE
; expect: a
; expect: b   c
