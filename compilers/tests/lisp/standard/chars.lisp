; The case-insensitive character comparisons (any number of characters), nstring-upcase and nstring-downcase
; (in place, with :start and :end) and string-not-equal.
(print (list (char-lessp #\a #\B) (char-lessp #\_ #\a) (char-lessp #\A #\_) (char-greaterp #\b #\A) (char-greaterp #\_ #\A)))
(print (list (char-not-equal #\a #\A) (char-not-equal #\a #\b) (char-not-equal #\a #\b #\A) (char-not-lessp #\b #\A) (char-not-greaterp #\A #\a)))
(print (list (char-lessp #\a #\b #\C) (char-lessp #\a #\c #\B) (char-not-lessp #\c #\C #\b) (char-not-greaterp #\a #\B #\b #\c) (char-greaterp #\c)))
(let ((s (copy-seq "Hello World"))) (print (list (nstring-upcase s) s)))
(let ((s (copy-seq "HELLO WORLD"))) (print (list (nstring-downcase s :start 1 :end 5) s)))
(print (list (string-not-equal "abc" "ABC") (string-not-equal "abc" "ABD") (string-not-equal "ab" "abc")))
(print (list (string-upcase "hello world" :start 6) (string-downcase "HELLO" :end 2) (string-upcase "abc" :start 1 :end 2)))
(terpri)
; expect:
; expect: (T T NIL T NIL) 
; expect: (NIL T NIL T T) 
; expect: (T NIL T T T) 
; expect: ("HELLO WORLD" "HELLO WORLD") 
; expect: ("Hello WORLD" "Hello WORLD") 
; expect: (NIL 2 2) 
; expect: ("hello WORLD" "heLLO" "aBc") 
