; A closure over a labels function, returned and called later.
(defun make-power (n)
  (labels ((pow (b e) (if (= e 0) 1 (* b (pow b (- e 1))))))
    (lambda (b) (pow b n))))
(let ((cube (make-power 3)))
  (print (mapcar cube '(1 2 3 4))))
(terpri)
; expect:
; expect: (1 8 27 64) 
