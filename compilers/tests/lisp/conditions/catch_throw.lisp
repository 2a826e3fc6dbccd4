; catch and throw: a throw from deep inside nested calls returns from the matching catch.
(defun search-tree (tree target)
  (cond ((eql tree target) (throw 'found (list 'found target)))
        ((consp tree) (search-tree (car tree) target) (search-tree (cdr tree) target))
        (t nil)))
(print (catch 'found (search-tree '(1 (2 (3 4)) 5) 4) 'absent))
(print (catch 'found (search-tree '(1 2) 9) 'absent))
(print (catch 'outer (catch 'inner (throw 'outer 'from-inner)) 'not-here))
(print (catch 'a (+ 1 (catch 'b (throw 'b 10)))))
(terpri)
; expect:
; expect: (FOUND 4) 
; expect: ABSENT 
; expect: FROM-INNER 
; expect: 11 
