; Integer bit operations on two's complement integers: ash, logand, logior, logxor, lognot, logbitp,
; logcount, integer-length, with any number of arguments where CL allows it.
(print (list (ash 1 5) (ash 5 -1) (ash -5 -1) (ash -1 -10) (ash 0 100) (ash 3 0) (ash -3 2)))
(print (list (logand) (logand 12) (logand 12 10) (logand -1 5) (logand -4 -6) (logand 12 10 8) (logand -8 255)))
(print (list (logior) (logior 12 10) (logior -4 3) (logior -8 -6) (logior 1 2 4 8)))
(print (list (logxor) (logxor 12 10) (logxor -1 5) (logxor -4 -6) (logxor 1 3 7)))
(print (list (lognot 0) (lognot 5) (lognot -1) (lognot -6)))
(print (list (logbitp 0 5) (logbitp 1 5) (logbitp 2 5) (logbitp 100 -1) (logbitp 3 -8) (logbitp 2 -8)))
(print (list (logcount 0) (logcount 7) (logcount -1) (logcount -8) (logcount 255) (logcount 1024)))
(print (list (integer-length 0) (integer-length 1) (integer-length 255) (integer-length 256)
             (integer-length -1) (integer-length -256) (integer-length -257)))
(print (ash 1 100))
(print (logand (ash 1 100) (1- (ash 1 101))))
(print (mapcar #'lognot '(1 2 3)))
(print (reduce #'logior '(1 2 4 16)))
(print (apply #'logxor '(5 3 1)))
(terpri)
; expect:
; expect: (32 2 -3 -1 0 3 -12) 
; expect: (-1 12 8 5 -8 8 248) 
; expect: (0 14 -1 -6 15) 
; expect: (0 6 -6 6 5) 
; expect: (-1 -6 0 5) 
; expect: (T NIL T T T NIL) 
; expect: (0 3 0 3 8 1) 
; expect: (0 1 8 9 0 8 9) 
; expect: 1267650600228229401496703205376 
; expect: 1267650600228229401496703205376 
; expect: (-2 -3 -4) 
; expect: 23 
; expect: 7 
