; A macro whose body uses loop and mapcar at compile time to build a case table.
(defmacro table-lookup (key &rest pairs)
  `(case ,key ,@(loop for (k v) on pairs by #'cddr collect (list k v)) (t 'missing)))
(print (list (table-lookup 2 1 'one 2 'two) (table-lookup 9 1 'one)))
(terpri)
; expect:
; expect: (TWO MISSING) 
