; A stack with push and pop on a variable and on a car place.
(let ((s nil))
  (push 1 s) (push 2 s) (push 3 s)
  (print s)
  (print (pop s))
  (print s))
(let ((cell (list nil)))
  (push 'a (car cell))
  (push 'b (car cell))
  (print cell))
(terpri)
; expect:
; expect: (3 2 1) 
; expect: 3 
; expect: (2 1) 
; expect: ((B A)) 
