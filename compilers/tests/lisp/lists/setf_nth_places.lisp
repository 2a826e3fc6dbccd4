; setf on third, fourth, caddr, nth and cadr changes the list in place.
(let ((l (list 1 2 3 4 5)))
  (setf (third l) 'three)
  (setf (fourth l) 'four)
  (print l)
  (setf (caddr l) 30 (fifth l) 50)
  (print l)
  (setf (nth 1 l) 'two (cadr l) 20)
  (print l)
  (print (cadddr l))
  (print (cddddr l)))
(terpri)
; expect: 
; expect: (1 2 THREE FOUR 5) 
; expect: (1 2 30 FOUR 50) 
; expect: (1 20 30 FOUR 50) 
; expect: FOUR 
; expect: (50) 
