; A call of a standard function or macro that this subset does not implement is a diagnostic at the call
; (SBCL would run it), and so is #' of one; a malformed `the` too. A name that is not standard stays
; SBCL's run-time undefined-function error (errors/undefined_function.lisp).
(defun roll () (random 6))
(print (funcall #'sqrt 16))
(let ((x 1))
  (incf x)
  (print (the)))
(defvar *n* (the fixnum 1 2))
(with-open-file (s "data.txt") (print (read-line s)))
(print (get-universal-time))
; error: 4:16: the standard function random is not supported
; error: 5:17: the standard function sqrt is not supported
; error: 8:10: the takes a type and a form: (the type form)
; error: 9:13: the takes a type and a form: (the type form)
; error: 10:1: the standard macro with-open-file is not supported
; error: 11:8: the standard function get-universal-time is not supported
