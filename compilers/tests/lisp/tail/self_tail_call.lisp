; A tail-recursive accumulator runs in constant stack: 20,000 calls in a Store of 30,000 words (a frame per call would need far more).
(defun count-up (n acc)
  (if (= n 0) acc (count-up (- n 1) (+ acc 2))))
(print (count-up 20000 0))
(terpri)
; store: 30000
; max-steps: 50000000
; expect:
; expect: 40000 
