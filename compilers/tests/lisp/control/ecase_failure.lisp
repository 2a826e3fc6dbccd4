; ecase and etypecase with no matching clause signal an error with SBCL's text (caught here by
; handler-case, then unhandled at the end); a matching clause is chosen as by case. Checked against SBCL 2.2.9.
(defun op-name (op)
  (ecase op
    (+ "plus")
    ((- minus) "minus")
    (* "times")))
(defun describe-value (x)
  (etypecase x
    (integer (format nil "the integer ~d" x))
    ((or string list) (format nil "a sequence of ~d" (length x)))))
(dolist (op '(+ minus *))
  (format t "~a is ~a~%" op (op-name op)))
(dolist (x (list 42 "hi" '(1 2 3)))
  (format t "~a~%" (describe-value x)))
(format t "~a~%" (handler-case (op-name '/) (error (c) (format nil "caught: ~a" c))))
(format t "~a~%" (handler-case (describe-value 'sym) (error (c) c)))
(format t "~a~%" (handler-case (ecase 7 (1 'one) (otherwise 'other)) (error (c) (princ-to-string c))))
(op-name 'expt)
; expect: + is plus
; expect: MINUS is minus
; expect: * is times
; expect: the integer 42
; expect: a sequence of 2
; expect: a sequence of 3
; expect: caught: / fell through ECASE expression. Wanted one of (+ - MINUS *).
; expect: SYM fell through ETYPECASE expression. Wanted one of (INTEGER (OR STRING LIST)).
; expect: 7 fell through ECASE expression. Wanted one of (1 OTHERWISE).
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
