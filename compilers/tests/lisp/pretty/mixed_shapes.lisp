; Nested lists of numbers, symbols, strings, characters, vectors and forms, printed by print, prin1,
; princ and format from several columns: each line as SBCL's pretty printer breaks it.
(write-string "                                                            ") (princ '("x" 7 + 6 "hi" - * x #\a 6 54 "a longer string here")) (terpri)
(write-string "                                        ") (prin1 '(bb t 1 6 "hello world" 947239 bb do "a longer string here" if loop "x" 84 let do)) (terpri)
(write-string "                                                                           ") (prin1 '()) (terpri)
(write-string "          ") (prin1 '(foo (6 alpha when 5 defun block if 7 8 0 850008 287156 20 t) (car) :x (list a 0 'z nil block 80 a progn "a longer string here"))) (terpri)
(write-string "                                                            ") (prin1 '(:key)) (terpri)
(format t "~a: ~s~%" "                                        " '(if))
(write-string "                                                            ") (prin1 '(car defun car let :key 183416 6 87 5 346627 block)) (terpri)
(write-string "") (princ '(lambda . :key)) (terpri)
(format t "~a: ~s~%" "                                        " '(do #\a * - list x - 0 foo block :key 75 nil))
(write-string "          ") (prin1 '(x (40) (5 #\a 883397 26 block 1) (car) (69 742581 foo . 653279) (alpha 1 #\Space))) (terpri)
(format t "~a: ~s~%" "                         " '#\a)
(write-string "                                        ") (princ '((nil beta-gamma) (beta-gamma (quote 850660 "hello world" 3 45 734242 11 7 *) (do #(1 2 3) #\Space 9 case) (nil 89 :x 'z 3 case)) () #\Space ((foo * 'z 'z car setq #\Space 1 31 'z . #\Space) (320369 - "a longer string here") (cond x "a longer string here" 1 when 1 case 648304) ("a longer string here" 3 971562 defun do)))) (terpri)
(format t "                                                                           ~a~%" '(when (progn #\Space (2 "a longer string here" "hello world" "hi" 762223 916161 - do foo nil) 478386 42 (if when beta-gamma 5 let beta-gamma - :test - #\Space "hi" :x lambda #\Space)) ((alpha "a longer string here" dolist x loop foo 50 . "hi") (quote block setq) (389094 beta-gamma) (block 440803 + #\a 907469 "x" 'z) . 19789) 83 (foo () (- 4 "hello world" let) 267582 (bb 'z loop :test #\a do dolist 22)) (quote (let "a longer string here" 466209 "hi" 21976 - "hi"))))
(format t "   ~a~%" '(+ ((- block defun block #\Space 49 alpha bb 557773) (5 906000 'z "hi" #\a 932161 "x" case) (a 87 #\Space "hi" "x" + 80 beta-gamma))))
(format t "          ~a~%" '(defun ("hi" "x" a) (defun "a longer string here" -86575 t 8 492460) (beta-gamma cond 64 beta-gamma 1 let 84 "a longer string here" 681469 case 45) "a longer string here"))
(format t "~a: ~s~%" "" '("a longer string here" (- 3) beta-gamma))
(write-string "                                                            ") (princ '(8 nil - beta-gamma case . 82)) (terpri)
(format t "~a: ~s~%" "                                                            " '(:key loop lambda))
(format t "~a: ~s~%" "" '(if 0 loop 69 466940 6 bb setq lambda 541303))
(write-string "   ") (princ '(quote 1)) (terpri)
(write-string "   ") (princ '(let 17 . 116447)) (terpri)
(print '5)
(write-string "") (princ '()) (terpri)
(write-string "                         ") (princ '((foo (when do progn let 28 65 55 34 x foo when) ()))) (terpri)
(format t "                                                            ~a~%" '"a longer string here")
; expect:                                                             (x 7 + 6 hi - * X a
; expect:                                                              6 54
; expect:                                                              a longer string here)
; expect:                                         (BB T 1 6 "hello world" 947239 BB DO
; expect:                                          "a longer string here" IF LOOP "x" 84
; expect:                                          LET DO)
; expect:                                                                            NIL
; expect:           (FOO (6 ALPHA WHEN 5 DEFUN BLOCK IF 7 8 0 850008 287156 20 T) (CAR)
; expect:            :X (LIST A 0 'Z NIL BLOCK 80 A PROGN "a longer string here"))
; expect:                                                             (:KEY)
; expect:                                         : (IF)
; expect:                                                             (CAR DEFUN CAR LET
; expect:                                                                  :KEY 183416 6
; expect:                                                                  87 5 346627
; expect:                                                                  BLOCK)
; expect: (LAMBDA . KEY)
; expect:                                         : (DO #\a
; expect:                                               *
; expect:                                            -
; expect:                                            LIST
; expect:                                            X
; expect:                                            -
; expect:                                            0
; expect:                                            FOO
; expect:                                            BLOCK
; expect:                                            :KEY
; expect:                                            75
; expect:                                            NIL)
; expect:           (X (40) (5 #\a 883397 26 BLOCK 1) (CAR) (69 742581 FOO . 653279)
; expect:            (ALPHA 1 #\ ))
; expect:                          : #\a
; expect:                                         ((NIL BETA-GAMMA)
; expect:                                          (BETA-GAMMA
; expect:                                           (QUOTE 850660 hello world 3 45 734242
; expect:                                            11 7 *)
; expect:                                           (DO #(1 2 3)   9 CASE)
; expect:                                           (NIL 89 X 'Z 3 CASE))
; expect:                                          NIL
; expect:                                          ((FOO * 'Z 'Z CAR SETQ   1 31 'Z .  )
; expect:                                           (320369 - a longer string here)
; expect:                                           (COND X a longer string here 1 WHEN 1
; expect:                                                 CASE 648304)
; expect:                                           (a longer string here 3 971562 DEFUN
; expect:                                            DO)))
; expect:                                                                            (WHEN
; expect:                                                                                (PROGN
; expect: 
; expect:                                                                                 (2
; expect:                                                                                  a longer string here
; expect:                                                                                  hello world
; expect:                                                                                  hi
; expect:                                                                                  762223
; expect:                                                                                  916161
; expect:                                                                                  -
; expect:                                                                                  DO
; expect:                                                                                  FOO
; expect:                                                                                  NIL)
; expect:                                                                                 478386
; expect:                                                                                 42
; expect:                                                                                 (IF WHEN
; expect:                                                                                     BETA-GAMMA
; expect:                                                                                     5
; expect:                                                                                     LET
; expect:                                                                                     BETA-GAMMA
; expect:                                                                                     -
; expect:                                                                                     TEST
; expect:                                                                                     -
; expect: 
; expect:                                                                                     hi
; expect:                                                                                     X
; expect:                                                                                     LAMBDA
; expect:                                                                                      ))
; expect:                                                                              ((ALPHA
; expect:                                                                                a longer string here
; expect:                                                                                DOLIST
; expect:                                                                                X
; expect:                                                                                LOOP
; expect:                                                                                FOO
; expect:                                                                                50
; expect:                                                                                . hi)
; expect:                                                                               (QUOTE
; expect:                                                                                BLOCK
; expect:                                                                                SETQ)
; expect:                                                                               (389094
; expect:                                                                                BETA-GAMMA)
; expect:                                                                               (BLOCK
; expect:                                                                                   440803
; expect:                                                                                 +
; expect:                                                                                 a
; expect:                                                                                 907469
; expect:                                                                                 x
; expect:                                                                                 'Z)
; expect:                                                                               . 19789)
; expect:                                                                              83
; expect:                                                                              (FOO
; expect:                                                                               NIL
; expect:                                                                               (-
; expect:                                                                                4
; expect:                                                                                hello world
; expect:                                                                                LET)
; expect:                                                                               267582
; expect:                                                                               (BB
; expect:                                                                                'Z
; expect:                                                                                LOOP
; expect:                                                                                TEST
; expect:                                                                                a
; expect:                                                                                DO
; expect:                                                                                DOLIST
; expect:                                                                                22))
; expect:                                                                              '(LET a longer string here
; expect:                                                                                 466209
; expect:                                                                                 hi
; expect:                                                                                 21976
; expect:                                                                                 -
; expect:                                                                                 hi))
; expect:    (+
; expect:     ((- BLOCK DEFUN BLOCK   49 ALPHA BB 557773)
; expect:      (5 906000 'Z hi a 932161 x CASE) (A 87   hi x + 80 BETA-GAMMA)))
; expect:           (DEFUN (hi x A) (DEFUN a longer string here -86575 T 8 492460)
; expect:             (BETA-GAMMA COND 64 BETA-GAMMA 1 LET 84 a longer string here 681469
; expect:              CASE 45)
; expect:             a longer string here)
; expect: : ("a longer string here" (- 3) BETA-GAMMA)
; expect:                                                             (8 NIL - BETA-GAMMA
; expect:                                                              CASE . 82)
; expect:                                                             : (:KEY LOOP LAMBDA)
; expect: : (IF 0
; expect:       LOOP
; expect:       69
; expect:       466940
; expect:       6
; expect:       BB
; expect:       SETQ
; expect:       LAMBDA
; expect:       541303)
; expect:    '1
; expect:    (LET 17
; expect:      . 116447)
; expect: 
; expect: 5 NIL
; expect:                          ((FOO (WHEN DO PROGN LET 28 65 55 34 X FOO WHEN) NIL))
; expect:                                                             a longer string here
