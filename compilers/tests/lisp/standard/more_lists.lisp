; prog and prog*; subsetp, tailp, nbutlast, nreconc, delete-if-not, assoc-if-not, rassoc-if-not.
(print (prog ((i 0) (acc nil))
        (declare (fixnum i))
        top
          (when (>= i 3) (return (nreverse acc)))
          (push i acc)
          (incf i)
          (go top)))
(print (prog* ((a 2) (b (* a 10))) (return (list a b))))
(print (prog ((x 1)) (setq x 2)))
(print (prog () (print 'inside)))
(print (list (subsetp '(1 2) '(3 2 1)) (subsetp '(1 4) '(1 2)) (subsetp nil nil)
             (subsetp '("a") '("A") :test #'string-equal) (subsetp '((1)) '((1 x)) :key #'car)))
(let* ((l (list 1 2 3)) (tail (cdr l)))
  (print (list (tailp tail l) (tailp (list 2 3) l) (tailp nil l) (tailp l l) (tailp 3 '(1 2 . 3)))))
(print (list (nbutlast (list 1 2 3 4)) (nbutlast (list 1 2 3 4) 2) (nbutlast (list 1) 1) (nbutlast (list 1 2) 5) (nbutlast nil)))
(print (nreconc (list 3 2 1) (list 4 5)))
(print (delete-if-not #'evenp (list 1 2 3 4 6)))
(print (delete-if-not #'evenp (vector 1 2 3 4)))
(print (list (assoc-if-not #'evenp '((2 . a) (3 . b))) (rassoc-if-not #'symbolp '((1 . a) (2 . "s")))))
(terpri)
; expect:
; expect: (0 1 2) 
; expect: (2 20) 
; expect: NIL 
; expect: INSIDE 
; expect: NIL 
; expect: (T NIL T T T) 
; expect: (T NIL T T T) 
; expect: ((1 2 3) (1 2) NIL NIL NIL) 
; expect: (1 2 3 4 5) 
; expect: (2 4 6) 
; expect: #(2 4) 
; expect: ((3 . B) (2 . "s")) 
