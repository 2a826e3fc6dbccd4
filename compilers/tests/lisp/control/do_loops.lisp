; do and do* with several variables and a result form; dotimes and dolist result forms.
(print (do ((i 0 (1+ i)) (acc nil (cons i acc))) ((= i 5) acc)))
(print (do* ((i 1 (1+ i)) (sq (* i i) (* i i))) ((> i 4) sq)))
(print (dotimes (i 4 'done) (princ i)))
(print (dolist (x '(a b) 'end) (princ x)))
(let ((sum 0))
  (dotimes (i 101) (setq sum (+ sum i)))
  (print sum))
(terpri)
; expect:
; expect: (4 3 2 1 0) 
; expect: 25 0123
; expect: DONE AB
; expect: END 
; expect: 5050 
