; Code printed as data: SBCL lays out a list headed by an operator as its pretty printer lays out that
; form (IF, LET, LAMBDA, DEFUN, COND, LOOP... each its own way, IF and LET always on several lines), a
; call of a function with its arguments aligned, a call of the program's macro by its &body.
(defmacro mymac (a &body b) `(list ,a ,@b))
(defvar *l* (quote (aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr)))
(defun myfn (a b) (list a b))
(print (cons '+ *l*))
(print (cons 'list *l*))
(print (cons 'myfn *l*))
(print (cons 'mymac *l*))
(print (cons 'when *l*))
(print (cons 'cond *l*))
(print (cons 'lambda *l*))
(print (cons 'if *l*))
(print (cons 'progn *l*))
(print (cons 'let *l*))
(print (list '+ (cons '* *l*) (cons '- *l*)))
(print (list 'lambda '(x y) (cons '* *l*) (cons '- *l*)))
(print (list 'defun 'foo '(x y) (cons '* *l*) (cons '- *l*)))
(print (list 'cond (list (cons '* *l*) 1) (list 't (cons '- *l*))))
(print (list 'when 'a (cons '* *l*) (cons '- *l*)))
(print (list 'dolist '(x y) (cons '* *l*) (cons '- *l*)))
(format t "~40a~a~%" "" *l*)
(format t "~45a~a~%" "" *l*)
(format t "~45a~a~%" "" (list '(a b c d) '(e f g h i) '(j k l m n) '(o p q r s t) '(u v w x y z) 'zzzzzzzzz 'yyyyyyyy))
(print '(when a b))
(print '(if a b c))
(print '(let ((x 1)) x))
(print '(lambda (x) x))
(print '(defun f (x) x))
(print '(dolist (x l) (print x)))
(print '(progn a b))
(print '(cond (a b) (t c)))
(print '(loop for x in l collect x))
(print '(setq a 1 b 2))
(print '(block foo (return-from foo 1)))
(print '(case x (1 a) (2 b)))
(print '(function f))
(print '(multiple-value-bind (a b) (floor 1 2) (+ a b)))
(print '(labels ((f (x) x)) (f 1)))
(print '(defvar *x* 1))
(print '(unless a b))
(print '(tagbody a (go a)))
(print '(do ((i 0 (1+ i))) ((> i 3)) (print i)))
(print '(dotimes (i 3) (print i)))
(print '(destructuring-bind (a b) l (list a b)))
(print '(handler-case (f) (error (e) e)))
(print '(defmacro m (x) x))
(print '(let* ((x 1)) x))
(print '(flet ((f (x) x)) (f 1)))
(print '(prog1 a b))
(print '(and a b))
(print '(push a b))
(print '(setf a 1))
(print '(quote a b))
(print '(catch 'a b))
(print '(unwind-protect a b))
(print '(defstruct p a b))
(print '(incf x))
(print '(typecase x (integer 1)))
(print '(return 1))
(print '(declare (ignore x)))
(defmacro mac2 (a b &body c) `(list ,a ,b ,@c))
(defmacro mac3 (a &rest c) `(list ,a ,@c))
(print '(mymac a b))
(print '(mac2 a b c))
(print (cons 'mac2 *l*))
(print (cons 'mac3 *l*))
(print (list 'mymac '(aaaa bbbb cccc dddd eeee ffff gggg hhhh) '(aaaa bbbb cccc dddd eeee ffff gggg hhhh)))
(print '(let ((a 'x) (b #'car)) (list a b)))
(print '(case x (() 1) (a 2)))
(print '(dolist (x '(1 2)) (print x)))
(terpri)
; expect: 
; expect: (+ AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:    PPPP QQQQ RRRR) 
; expect: (LIST AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN
; expect:       OOOO PPPP QQQQ RRRR) 
; expect: (MYFN AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN
; expect:       OOOO PPPP QQQQ RRRR) 
; expect: (MYMAC AAAA
; expect:   BBBB
; expect:   CCCC
; expect:   DDDD
; expect:   EEEE
; expect:   FFFF
; expect:   GGGG
; expect:   HHHH
; expect:   IIII
; expect:   JJJJ
; expect:   KKKK
; expect:   LLLL
; expect:   MMMM
; expect:   NNNN
; expect:   OOOO
; expect:   PPPP
; expect:   QQQQ
; expect:   RRRR) 
; expect: (WHEN AAAA
; expect:   BBBB
; expect:   CCCC
; expect:   DDDD
; expect:   EEEE
; expect:   FFFF
; expect:   GGGG
; expect:   HHHH
; expect:   IIII
; expect:   JJJJ
; expect:   KKKK
; expect:   LLLL
; expect:   MMMM
; expect:   NNNN
; expect:   OOOO
; expect:   PPPP
; expect:   QQQQ
; expect:   RRRR) 
; expect: (COND AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN
; expect:       OOOO PPPP QQQQ RRRR) 
; expect: (LAMBDA AAAA
; expect:   BBBB
; expect:   CCCC
; expect:   DDDD
; expect:   EEEE
; expect:   FFFF
; expect:   GGGG
; expect:   HHHH
; expect:   IIII
; expect:   JJJJ
; expect:   KKKK
; expect:   LLLL
; expect:   MMMM
; expect:   NNNN
; expect:   OOOO
; expect:   PPPP
; expect:   QQQQ
; expect:   RRRR) 
; expect: (IF AAAA
; expect:     BBBB
; expect:     CCCC
; expect:     DDDD
; expect:     EEEE
; expect:     FFFF
; expect:     GGGG
; expect:     HHHH
; expect:     IIII
; expect:     JJJJ
; expect:     KKKK
; expect:     LLLL
; expect:     MMMM
; expect:     NNNN
; expect:     OOOO
; expect:     PPPP
; expect:     QQQQ
; expect:     RRRR) 
; expect: (PROGN
; expect:  AAAA
; expect:  BBBB
; expect:  CCCC
; expect:  DDDD
; expect:  EEEE
; expect:  FFFF
; expect:  GGGG
; expect:  HHHH
; expect:  IIII
; expect:  JJJJ
; expect:  KKKK
; expect:  LLLL
; expect:  MMMM
; expect:  NNNN
; expect:  OOOO
; expect:  PPPP
; expect:  QQQQ
; expect:  RRRR) 
; expect: (LET AAAA
; expect:   BBBB
; expect:   CCCC
; expect:   DDDD
; expect:   EEEE
; expect:   FFFF
; expect:   GGGG
; expect:   HHHH
; expect:   IIII
; expect:   JJJJ
; expect:   KKKK
; expect:   LLLL
; expect:   MMMM
; expect:   NNNN
; expect:   OOOO
; expect:   PPPP
; expect:   QQQQ
; expect:   RRRR) 
; expect: (+
; expect:  (* AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:     PPPP QQQQ RRRR)
; expect:  (- AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:     PPPP QQQQ RRRR)) 
; expect: (LAMBDA (X Y)
; expect:   (* AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)
; expect:   (- AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)) 
; expect: (DEFUN FOO (X Y)
; expect:   (* AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)
; expect:   (- AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)) 
; expect: (COND
; expect:  ((* AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)
; expect:   1)
; expect:  (T
; expect:   (- AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR))) 
; expect: (WHEN A
; expect:   (* AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)
; expect:   (- AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)) 
; expect: (DOLIST (X Y)
; expect:   (* AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR)
; expect:   (- AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN OOOO
; expect:      PPPP QQQQ RRRR))                                         (AAAA BBBB CCCC
; expect:                                                                DDDD EEEE FFFF
; expect:                                                                GGGG HHHH IIII
; expect:                                                                JJJJ KKKK LLLL
; expect:                                                                MMMM NNNN OOOO
; expect:                                                                PPPP QQQQ RRRR)
; expect:                                              (AAAA BBBB CCCC DDDD EEEE FFFF
; expect:                                               GGGG HHHH IIII JJJJ KKKK LLLL
; expect:                                               MMMM NNNN OOOO PPPP QQQQ RRRR)
; expect:                                              ((A B C D) (E F G H I) (J K L M N)
; expect:                                               (O P Q R S T) (U V W X Y Z)
; expect:                                               ZZZZZZZZZ YYYYYYYY)
; expect: 
; expect: (WHEN A B) 
; expect: (IF A
; expect:     B
; expect:     C) 
; expect: (LET ((X 1))
; expect:   X) 
; expect: (LAMBDA (X) X) 
; expect: (DEFUN F (X) X) 
; expect: (DOLIST (X L) (PRINT X)) 
; expect: (PROGN A B) 
; expect: (COND (A B) (T C)) 
; expect: (LOOP FOR X IN L
; expect:       COLLECT X) 
; expect: (SETQ A 1
; expect:       B 2) 
; expect: (BLOCK FOO (RETURN-FROM FOO 1)) 
; expect: (CASE X (1 A) (2 B)) 
; expect: #'F 
; expect: (MULTIPLE-VALUE-BIND (A B) (FLOOR 1 2) (+ A B)) 
; expect: (LABELS ((F (X)
; expect:            X))
; expect:   (F 1)) 
; expect: (DEFVAR *X* 1) 
; expect: (UNLESS A B) 
; expect: (TAGBODY A (GO A)) 
; expect: (DO ((I 0 (1+ I))) ((> I 3)) (PRINT I)) 
; expect: (DOTIMES (I 3) (PRINT I)) 
; expect: (DESTRUCTURING-BIND (A B) L (LIST A B)) 
; expect: (HANDLER-CASE (F) (ERROR (E) E)) 
; expect: (DEFMACRO M (X) X) 
; expect: (LET* ((X 1))
; expect:   X) 
; expect: (FLET ((F (X)
; expect:          X))
; expect:   (F 1)) 
; expect: (PROG1 A B) 
; expect: (AND A B) 
; expect: (PUSH A B) 
; expect: (SETF A 1) 
; expect: (QUOTE A B) 
; expect: (CATCH 'A B) 
; expect: (UNWIND-PROTECT A B) 
; expect: (DEFSTRUCT P A B) 
; expect: (INCF X) 
; expect: (TYPECASE X (INTEGER 1)) 
; expect: (RETURN 1) 
; expect: (DECLARE (IGNORE X)) 
; expect: (MYMAC A
; expect:   B) 
; expect: (MAC2 A
; expect:     B
; expect:   C) 
; expect: (MAC2 AAAA
; expect:     BBBB
; expect:   CCCC
; expect:   DDDD
; expect:   EEEE
; expect:   FFFF
; expect:   GGGG
; expect:   HHHH
; expect:   IIII
; expect:   JJJJ
; expect:   KKKK
; expect:   LLLL
; expect:   MMMM
; expect:   NNNN
; expect:   OOOO
; expect:   PPPP
; expect:   QQQQ
; expect:   RRRR) 
; expect: (MAC3 AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK LLLL MMMM NNNN
; expect:       OOOO PPPP QQQQ RRRR) 
; expect: (MYMAC (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH)
; expect:   (AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH)) 
; expect: (LET ((A 'X) (B #'CAR))
; expect:   (LIST A B)) 
; expect: (CASE X (() 1) (A 2)) 
; expect: (DOLIST (X '(1 2)) (PRINT X)) 
