; parse-integer skips blanks of every kind around the digits (tab, return, newline), as SBCL does.
(print (parse-integer (format nil "~c 42~c~c" #\Tab #\Return #\Newline)))
(print (parse-integer "  7  "))
(print (handler-case (parse-integer "4 2") (error () 'junk)))
(terpri)
; expect: 
; expect: 42 
; expect: 7 
; expect: JUNK 
