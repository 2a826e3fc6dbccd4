; Restarts are outside the subset: the diagnostic names the construct where it is used.
(defun safe (x)
  (restart-case (if (< x 0) (error "negative") x)
    (use-zero () 0)))
(print (safe 1))
; error: 3:3: restarts (restart-case) are not supported
