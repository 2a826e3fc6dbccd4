; SBCL's pretty printer (on under sbcl --script) breaks a list, a vector or a structure that does not fit
; before column 80: pprint-fill for lists of data, indented past the parenthesis, from the column the
; object starts at; strings with newlines, dotted lists, quote forms, format nil and ~a after text.
(defstruct point x y name)
(print (loop for i below 40 collect i))
(print '(foo bar baz qux quux corge grault garply waldo fred plugh xyzzy thud alpha beta gamma delta))
(print (loop for i below 10 collect (list i (* i i) (* i i i))))
(print '(defun foo (x y) (let ((a 1) (b 2)) (if (> x y) (+ a b x y 1000000) (- a b x y 2000000)))))
(print '(1 2 3 'x (quote y z)))
(format t "~a~%" (loop for i below 40 collect i))
(format t "Result: ~a~%" (loop for i below 40 collect i))
(print (make-list 30 :initial-element "hello"))
(print (coerce (loop for i below 40 collect i) 'vector))
(print (list (make-point :x 1 :y 2 :name "aaaa") (make-point :x 3 :y 4 :name "bbbbbbbb") (make-point :x 5 :y 6 :name "ccccc")))
(print '((a . 1) (b . 2) (c . 3) (d . 4) (e . 5) (f . 6) (g . 7) (h . 8) (i . 9) (j . 10) (k . 11) (l . 12)))
(print (list (make-point :x '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn) :y 2 :name "aaaa") (make-point :x 3 :y 4 :name "bbbbbbbb")))
(print (make-point :x '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr) :y '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn) :name "aaaa"))
(print (make-point :x 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa :y 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb :name "aaaa"))
(print '(1 2 3 . 4))
(print '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp . qqqq))
(print '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo ppp . qqqq))
(print '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo ppp 'qqqq))
(print (format nil "~a" '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq)))
(print (list "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z" 'foo))
(print (list 'x "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z" 'foo))
(print (list 'x "abc
def" 'foo 'aaaa 'bbbb 'cccc 'dddd 'eeee 'ffff 'gggg 'hhhh 'iiii 'jjjj 'kkkk 'llll 'mmmm 'nnnn 'oooo 'pppp 'qqqq))
(princ '(aaaa "bbbb" cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrrrrr))
(terpri)
(prin1 '(aaaa "bbbb" cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrrrrr))
(terpri)
(write '(aaaa "bbbb" cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrrrrr))
(terpri)
(print (vector '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk) '(aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk) "abc"))
(print (list 1 (vector 1 2 3) "abc" #\a #\Space :key))
(print (format nil "~a" (loop for i below 30 collect (* i i))))
(print (prin1-to-string (loop for i below 30 collect (* i 3))))
(format t "~&~a ~a~%" (loop for i below 20 collect i) (loop for i below 20 collect (- i)))
(print (list 'a (loop for i below 25 collect i) 'b (loop for i below 25 collect (list i))))
(terpri)
; expect: 
; expect: (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28
; expect:  29 30 31 32 33 34 35 36 37 38 39) 
; expect: (FOO BAR BAZ QUX QUUX CORGE GRAULT GARPLY WALDO FRED PLUGH XYZZY THUD ALPHA
; expect:  BETA GAMMA DELTA) 
; expect: ((0 0 0) (1 1 1) (2 4 8) (3 9 27) (4 16 64) (5 25 125) (6 36 216) (7 49 343)
; expect:  (8 64 512) (9 81 729)) 
; expect: (DEFUN FOO (X Y)
; expect:   (LET ((A 1) (B 2))
; expect:     (IF (> X Y)
; expect:         (+ A B X Y 1000000)
; expect:         (- A B X Y 2000000)))) 
; expect: (1 2 3 'X (QUOTE Y Z)) (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21
; expect:                         22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39)
; expect: Result: (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26
; expect:          27 28 29 30 31 32 33 34 35 36 37 38 39)
; expect: 
; expect: ("hello" "hello" "hello" "hello" "hello" "hello" "hello" "hello" "hello"
; expect:  "hello" "hello" "hello" "hello" "hello" "hello" "hello" "hello" "hello"
; expect:  "hello" "hello" "hello" "hello" "hello" "hello" "hello" "hello" "hello"
; expect:  "hello" "hello" "hello") 
; expect: #(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28
; expect:   29 30 31 32 33 34 35 36 37 38 39) 
; expect: (#S(POINT :X 1 :Y 2 :NAME "aaaa") #S(POINT :X 3 :Y 4 :NAME "bbbbbbbb")
; expect:  #S(POINT :X 5 :Y 6 :NAME "ccccc")) 
; expect: ((A . 1) (B . 2) (C . 3) (D . 4) (E . 5) (F . 6) (G . 7) (H . 8) (I . 9)
; expect:  (J . 10) (K . 11) (L . 12)) 
; expect: (#S(POINT
; expect:     :X (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN)
; expect:     :Y 2
; expect:     :NAME "aaaa")
; expect:  #S(POINT :X 3 :Y 4 :NAME "bbbbbbbb")) 
; expect: #S(POINT
; expect:    :X (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN
; expect:        OOOO PPPP QQQQ RRRR)
; expect:    :Y (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN)
; expect:    :NAME "aaaa") 
; expect: #S(POINT
; expect:    :X AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
; expect:    :Y BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
; expect:    :NAME "aaaa") 
; expect: (1 2 3 . 4) 
; expect: (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:  PPPP . QQQQ) 
; expect: (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO PPP
; expect:  . QQQQ) 
; expect: (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO PPP
; expect:  'QQQQ) 
; expect: "(AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:  PPPP QQQQ)" 
; expect: ("a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z"
; expect:  FOO) 
; expect: (X
; expect:  "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z"
; expect:  FOO) 
; expect: (X "abc
; expect: def"
; expect:  FOO AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:  PPPP QQQQ) (AAAA bbbb CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM
; expect:              NNNN OOOO PPPP QQQQ RRRRRRR)
; expect: (AAAA "bbbb" CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:  PPPP QQQQ RRRRRRR)
; expect: (AAAA "bbbb" CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:  PPPP QQQQ RRRRRRR)
; expect: 
; expect: #((AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK)
; expect:   (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK) "abc") 
; expect: (1 #(1 2 3) "abc" #\a #\  :KEY) 
; expect: "(0 1 4 9 16 25 36 49 64 81 100 121 144 169 196 225 256 289 324 361 400 441 484
; expect:  529 576 625 676 729 784 841)" 
; expect: "(0 3 6 9 12 15 18 21 24 27 30 33 36 39 42 45 48 51 54 57 60 63 66 69 72 75 78
; expect:  81 84 87)" 
; expect: (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19) (0 -1 -2 -3 -4 -5 -6 -7 -8
; expect:                                                      -9 -10 -11 -12 -13 -14 -15
; expect:                                                      -16 -17 -18 -19)
; expect: 
; expect: (A (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24) B
; expect:  ((0) (1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (14) (15) (16)
; expect:   (17) (18) (19) (20) (21) (22) (23) (24))) 
