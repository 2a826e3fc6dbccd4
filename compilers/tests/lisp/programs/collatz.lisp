; Collatz sequence lengths: the longest below 300, with a tail-recursive step counter.
(defun steps (n acc) (if (= n 1) acc (steps (if (evenp n) (truncate n 2) (+ (* 3 n) 1)) (1+ acc))))
(print (steps 27 0))
(print (loop for i from 1 below 300 maximize (steps i 0)))
(terpri)
; expect:
; expect: 111 
; expect: 127 
