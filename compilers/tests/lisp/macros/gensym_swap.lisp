; A swap macro that uses gensym so that its temporary cannot capture the caller's variables.
(defmacro swap (a b)
  (let ((tmp (gensym)))
    `(let ((,tmp ,a))
       (setf ,a ,b)
       (setf ,b ,tmp))))
(let ((tmp 1) (other 2))
  (swap tmp other)
  (print (list tmp other)))
(terpri)
; expect:
; expect: (2 1) 
