; assert (with its places and a format string) and check-type (with a type's description): nil when
; the test holds, else SBCL's error text; the last assertion is unhandled. Checked against SBCL 2.2.9.
(defun safe-isqrt (n)
  (assert (>= n 0) (n) "need a non-negative number, got ~d" n)
  (isqrt n))
(defun average (numbers)
  (check-type numbers list)
  (assert (not (null numbers)))
  (floor (reduce #'+ numbers) (length numbers)))
(defun label (x)
  (check-type x (or symbol string) "a symbol or a string")
  (string-downcase (string x)))
(print (safe-isqrt 50))
(print (handler-case (safe-isqrt -4) (error (c) (format nil "~a" c))))
(print (average '(3 4 8)))
(print (handler-case (average nil) (error (c) (princ-to-string c))))
(print (handler-case (average 12) (error (c) (princ-to-string c))))
(print (handler-case (average "abc") (error (c) (princ-to-string c))))
(print (list (label 'abc) (label "XY")))
(print (handler-case (label 42) (error (c) (princ-to-string c))))
(let ((x 5))
  (print (list (assert (= x 5)) (check-type x integer))))
(terpri)
(assert (evenp (length '(1 2 3))))
; expect:
; expect: 7 
; expect: "need a non-negative number, got -4" 
; expect: 5 
; expect: "The assertion (NOT (NULL NUMBERS)) failed with (NULL NUMBERS) = T." 
; expect: "The value of NUMBERS is 12, which is not of type LIST." 
; expect: "The value of NUMBERS is \"abc\", which is not of type LIST." 
; expect: ("abc" "xy") 
; expect: "The value of X is 42, which is not a symbol or a string." 
; expect: (NIL NIL) 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
