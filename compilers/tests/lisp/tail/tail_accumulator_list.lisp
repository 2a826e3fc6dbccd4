; Building a long list with a tail-recursive accumulator, then reversing it: the collector reclaims.
(defun build (n acc) (if (= n 0) acc (build (- n 1) (cons n acc))))
(let ((xs (build 20000 nil)))
  (print (length xs))
  (print (car (last xs))))
(terpri)
; max-steps: 50000000
; expect:
; expect: 20000 
; expect: 20000 
