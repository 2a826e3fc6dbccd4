; The eight queens: the number of solutions, by backtracking over lists.
(defun safe-p (col placed)
  (loop for c in placed for d from 1 never (or (= c col) (= (abs (- c col)) d))))
(defun queens (n k placed)
  (if (= k n)
      1
      (loop for col below n sum (if (safe-p col placed) (queens n (1+ k) (cons col placed)) 0))))
(print (queens 6 0 nil))
(terpri)
; expect:
; expect: 4 
