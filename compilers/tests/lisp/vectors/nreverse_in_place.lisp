; nreverse of a vector or a string reverses it in place, as SBCL's does.
(let ((v (vector 1 2 3)) (s (copy-seq "abc")) (f (make-array 4 :fill-pointer 3 :initial-contents '(a b c d))))
  (print (nreverse v)) (print v) (print (nreverse s)) (print s)
  (print (nreverse f)) (print (list f (aref f 3))))
(terpri)
; expect:
; expect: #(3 2 1) 
; expect: #(3 2 1) 
; expect: "cba" 
; expect: "cba" 
; expect: #(C B A) 
; expect: (#(C B A) D) 
