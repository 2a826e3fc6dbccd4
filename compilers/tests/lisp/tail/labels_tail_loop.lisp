; A loop written as a labels function calling itself in tail position, through cond and let.
(defun sum-to (n)
  (labels ((walk (i acc)
             (cond ((> i n) acc)
                   (t (let ((next (+ i 1)))
                        (walk next (+ acc i)))))))
    (walk 1 0)))
(print (sum-to 20000))
(terpri)
; store: 30000
; max-steps: 50000000
; expect:
; expect: 200010000 
