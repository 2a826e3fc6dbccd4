; tagbody and go: a loop written with tags.
(let ((i 0) (out nil))
  (tagbody
   top
     (when (>= i 4) (go done))
     (push i out)
     (incf i)
     (go top)
   done)
  (print out))
(terpri)
; expect:
; expect: (3 2 1 0) 
