; Output streams: the optional stream argument of print, prin1, princ, terpri, fresh-line, write-string,
; write-line, write-char and write's :stream, *standard-output*, string output streams
; (with-output-to-string, make-string-output-stream, get-output-stream-string); write with :pretty nil.
; Checked against SBCL 2.2.9.
(defun join (items separator)
  (with-output-to-string (out)
    (loop for (x . more) on items
          do (princ x out)
             (when more (write-string separator out)))))
(defun show-row (stream name n)
  (format stream "~a~10t~5d~%" name n))
(print (join '(1 2 3) ", "))
(print (join '("a" b #\c) "/"))
(print (with-output-to-string (*standard-output*)
         (princ "inner")
         (print 'sym)
         (terpri)))
(let ((s (make-string-output-stream)))
  (show-row s "apples" 12)
  (show-row s "kiwis" 7)
  (write-char #\! s)
  (print (fresh-line s))
  (print (fresh-line s))
  (prin1 "q" s)
  (write-line " end" s)
  (let ((text (get-output-stream-string s)))
    (terpri)
    (princ text)
    (print (length text))
    (print (get-output-stream-string s))))
(terpri)
(show-row t "pears" 3)
(print (show-row nil "pears" 3))
(print 1 t)
(prin1 2 *standard-output*)
(princ 3 t)
(terpri *standard-output*)
(write-string "abc" t)
(write-line "def" *standard-output*)
(write 'abc :stream *standard-output*)
(write "abc" :escape nil)
(finish-output)
(fresh-line t)
(print (with-output-to-string (s) (write 'abc :stream s :escape nil) (write "abc" :stream s)))
(print (write-to-string '(1 "a") :escape nil))
(print (with-output-to-string (s)
         (dolist (row '((1 2 3) (40 50 60)))
           (format s "~{~4d~}~%" row))))
(format t "~%~a~%" (with-output-to-string (s) (print '(a b) s)))
(write (loop for i below 30 collect i) :pretty nil)
(terpri)
(print (write-to-string (loop for i below 30 collect (list i)) :pretty nil))
(terpri)
; expect:
; expect: "1, 2, 3" 
; expect: "a/B/c" 
; expect: "inner
; expect: SYM 
; expect: " 
; expect: T 
; expect: NIL 
; expect: apples       12
; expect: kiwis         7
; expect: !
; expect: "q" end
; expect:
; expect: 42 
; expect: "" 
; expect: pears         3
; expect:
; expect: "pears         3
; expect: " 
; expect: 1 23
; expect: abcdef
; expect: ABCabc
; expect:
; expect: "ABC\"abc\"" 
; expect: "(1 a)" 
; expect: "   1   2   3
; expect:   40  50  60
; expect: " 
; expect:
; expect: (A B) 
; expect: (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29)
; expect:
; expect: "((0) (1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (14) (15) (16) (17) (18) (19) (20) (21) (22) (23) (24) (25) (26) (27) (28) (29))" 
