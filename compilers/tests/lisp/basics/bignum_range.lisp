; Large integers up to 40 digits: factorials and powers of two.
(defun fact (n) (if (= n 0) 1 (* n (fact (- n 1)))))
(print (fact 25))
(print (fact 30))
(print (expt 2 100))
(print (* 99999999999999999999 99999999999999999999))
(terpri)
; expect:
; expect: 15511210043330985984000000 
; expect: 265252859812191058636308480000000 
; expect: 1267650600228229401496703205376 
; expect: 9999999999999999999800000000000000000001 
