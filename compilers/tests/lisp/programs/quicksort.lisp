; Quicksort on lists with remove-if-not and a lambda that captures the pivot.
(defun qsort (xs)
  (if (null xs)
      nil
      (let ((p (car xs)) (rest (cdr xs)))
        (append (qsort (remove-if-not (lambda (x) (< x p)) rest))
                (list p)
                (qsort (remove-if-not (lambda (x) (>= x p)) rest))))))
(print (qsort '(3 1 4 1 5 9 2 6 5 3 5)))
(terpri)
; expect:
; expect: (1 1 2 3 3 4 5 5 5 6 9) 
