; Euclid's algorithm in tail position, and the library's gcd and lcm.
(defun euclid (a b) (if (= b 0) a (euclid b (mod a b))))
(print (euclid 1071 462))
(print (gcd 48 36))
(print (lcm 4 6))
(print (isqrt 1000))
(print (expt 3 20))
(terpri)
; expect:
; expect: 21 
; expect: 12 
; expect: 12 
; expect: 31 
; expect: 3486784401 
