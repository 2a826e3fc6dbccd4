; ~A and ~S with all four parameters, mincol,colinc,minpad,padchar (padding on the left with @).
; Expected output from SBCL (sbcl --script).
(format t "[~5,,,'0@a] [~5,,,'*a] [~8a] [~8@a] [~3,,,'-a] [~,,2a]~%" 7 "ab" "hi" "hi" "long" "x")
(format t "[~5,'0d] [~5d] [~:d] [~@d] [~8,'*:d]~%" 42 42 1234567 5 1234567)
(format t "[~10s] [~10@s]~%" "q" 'sym)
(format t "[~a] [~s] [~10,3,,'.a] [~,,3a] [~0a]~%" 1 "s" "abc" "z" "w")
; expect: [00007] [ab***] [hi      ] [      hi] [long] [x  ]
; expect: [00042] [   42] [1,234,567] [+5] [1,234,567]
; expect: ["q"       ] [       SYM]
; expect: [1] ["s"] [abc.........] [z   ] [w]
