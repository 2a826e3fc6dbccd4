; Nested named blocks: return-from an outer block from inside an inner loop.
(defun find-pair (xs target)
  (block search
    (dolist (a xs)
      (dolist (b xs)
        (when (= (+ a b) target)
          (return-from search (list a b)))))
    'none))
(print (find-pair '(1 4 6 9) 13))
(print (find-pair '(1 2) 99))
(terpri)
; expect:
; expect: (4 9) 
; expect: NONE 
