; The primes below 100 by trial division, and a sieve on a vector.
(defun primep (n)
  (and (> n 1) (loop for d from 2 to (isqrt n) never (zerop (mod n d)))))
(print (loop for i below 50 when (primep i) collect i))
(defun sieve (n)
  (let ((marks (make-array (1+ n) :initial-element t)))
    (loop for i from 2 to n
          when (aref marks i)
            collect i
            and do (loop for j from (* i i) to n by i do (setf (aref marks j) nil)))))
(print (sieve 60))
(terpri)
; expect:
; expect: (2 3 5 7 11 13 17 19 23 29 31 37 41 43 47) 
; expect: (2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59) 
