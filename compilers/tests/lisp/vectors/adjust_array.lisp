; adjust-array changes an adjustable array in place (its new elements the initial element, else 0) and
; gives a new simple array for a simple one; it may not cut a vector below its fill pointer.
(defvar a (make-array 3 :adjustable t :initial-contents '(1 2 3)))
(print a)
(print (eq a (adjust-array a 5)))
(print (list a (type-of a)))
(adjust-array a 2)
(print a)
(defvar b (make-array 4 :fill-pointer 4 :initial-element 1))
(adjust-array b 6 :initial-element 9)
(print (list b (array-total-size b)))
(adjust-array b 8 :initial-element 7 :fill-pointer 7)
(print b)
(print (handler-case (adjust-array b 2) (error (c) (format nil "~a" c))))
(adjust-array b 2 :fill-pointer 1)
(print (list b (fill-pointer b)))
(defvar c (vector 1 2 3))
(defvar d (adjust-array c 5 :initial-element 0))
(print (list d c (type-of d) (adjustable-array-p d)))
(defvar s (make-array 2 :element-type 'character :initial-contents "ab" :adjustable t :fill-pointer t))
(adjust-array s 4 :initial-element #\z :fill-pointer 4)
(print s)
(terpri)
; expect:
; expect: #(1 2 3) 
; expect: T 
; expect: (#(1 2 3 0 0) (VECTOR T 5)) 
; expect: #(1 2) 
; expect: (#(1 1 1 1) 6) 
; expect: #(1 1 1 1 9 9 7) 
; expect: "can't adjust vector #(1 1 1 1 9 9 7) to a size (2) smaller than its current fill pointer (7)" 
; expect: (#(1) 1) 
; expect: (#(1 2 3 0 0) #(1 2 3) (SIMPLE-VECTOR 5) NIL) 
; expect: "abzz" 
