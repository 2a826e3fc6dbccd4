; A macro whose body uses loop and mapcar at compile time to build a case table; macros that call
; nreverse, nconc, rplaca, floor, truncate, mod, rem, /, /=, char-code and code-char while expanding.
(defmacro table-lookup (key &rest pairs)
  `(case ,key ,@(loop for (k v) on pairs by #'cddr collect (list k v)) (t 'missing)))
(print (list (table-lookup 2 1 'one 2 'two) (table-lookup 9 1 'one)))
(defmacro m1 () `',(nreverse (list 1 2 3)))
(defmacro arith () `'(,(floor 7 2) ,(floor -7 2) ,(truncate -7 2) ,(mod -7 2) ,(rem -7 2) ,(/ 12 4) ,(/= 1 2 3) ,(/= 1 2 1)))
(defmacro chars () `'(,(char-code #\A) ,(code-char 98) ,(characterp #\a) ,(functionp #'car)))
(defmacro collect-pairs (&rest xs) `',(loop for (a b) on xs by #'cddr collect (cons a b)))
(defmacro joined (&rest xs) `',(let ((l (list 1))) (nconc l (copy-list xs)) (rplaca l 0) l))
(print (list (m1) (arith) (chars) (collect-pairs a 1 b 2) (joined x y)))
(terpri)
; expect:
; expect: (TWO MISSING) 
; expect: ((3 2 1) (3 -4 -3 1 -1 3 T NIL) (65 #\b T T) ((A . 1) (B . 2)) (0 X Y)) 
