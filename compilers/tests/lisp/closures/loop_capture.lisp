; Each iteration's let creates a new binding, so the closures see different values.
(let ((fns nil))
  (dolist (i '(1 2 3))
    (let ((j i))
      (push (lambda () (* j 10)) fns)))
  (print (mapcar #'funcall fns)))
(terpri)
; expect:
; expect: (30 20 10) 
