; The towers of Hanoi: the moves for three discs, and the count for ten.
(defun hanoi (n from to via)
  (if (= n 0)
      nil
      (append (hanoi (- n 1) from via to)
              (list (list from to))
              (hanoi (- n 1) via to from))))
(print (hanoi 3 'a 'c 'b))
(print (length (hanoi 10 'a 'c 'b)))
(terpri)
; expect:
; expect: ((A C) (A B) (C B) (A C) (B A) (B C) (A C)) 
; expect: 1023 
