; A vector with a fill pointer prints its active elements, broken over lines as SBCL's pretty printer
; breaks a simple vector, inside a structure or a list too.
(defstruct stack (items (make-array 0 :adjustable t :fill-pointer 0)))
(defvar st (make-stack))
(dotimes (i 30) (vector-push-extend (* i 1000) (stack-items st)))
(print (stack-items st))
(print st)
(print (list 'a (make-array 2 :fill-pointer 1 :initial-contents '(x y))))
(defvar big (make-array 0 :adjustable t :fill-pointer 0))
(dotimes (i 300) (vector-push-extend i big))
(print (list (reduce #'+ big) (array-total-size big)))
(print (equalp (list (make-array 2 :fill-pointer 2 :initial-contents '(1 2))) (list #(1 2))))
(terpri)
; expect:
; expect: #(0 1000 2000 3000 4000 5000 6000 7000 8000 9000 10000 11000 12000 13000 14000
; expect:   15000 16000 17000 18000 19000 20000 21000 22000 23000 24000 25000 26000 27000
; expect:   28000 29000) 
; expect: #S(STACK
; expect:    :ITEMS #(0 1000 2000 3000 4000 5000 6000 7000 8000 9000 10000 11000 12000
; expect:             13000 14000 15000 16000 17000 18000 19000 20000 21000 22000 23000
; expect:             24000 25000 26000 27000 28000 29000)) 
; expect: (A #(X)) 
; expect: (44850 512) 
; expect: T 
