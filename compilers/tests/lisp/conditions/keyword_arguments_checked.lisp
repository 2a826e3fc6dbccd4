; Keyword arguments are checked as Common Lisp checks them: an odd number of them is a
; SIMPLE-PROGRAM-ERROR, a key the function does not name an UNKNOWN-KEYWORD-ARGUMENT (both
; PROGRAM-ERRORs), unless the function has &allow-other-keys or the call passes a true
; :allow-other-keys. Expected: SBCL's output for this file.
(defun f (&key a) a)
(handler-case (f :b 1) (error (e) (format t "~a|~a~%" (type-of e) e)))
(handler-case (f :a) (error (e) (format t "~a|~a~%" (type-of e) e)))
(format t "~s~%" (f :a 1 :b 2 :allow-other-keys t))
(format t "~s~%" (f :allow-other-keys nil))
(handler-case (f :b 1) (program-error (e) (format t "program-error ~a~%" e)))
(defun g (&key a &allow-other-keys) a)
(format t "~s~%" (g :z 1 :a 5))
(handler-case (f 1 2 3) (error (e) (format t "~a|~a~%" (type-of e) e)))
(handler-case (f 'x 2) (error (e) (format t "~a|~a~%" (type-of e) e)))
(defun h (x &optional (y 2) &key (scale 10)) (* (+ x y) scale))
(format t "~s ~s ~s~%" (h 1) (h 1 3) (h 1 3 :scale 2))
(handler-case (h 1 3 :size 2) (error (e) (format t "~a~%" e)))
(f :c 1)
; expect: UNKNOWN-KEYWORD-ARGUMENT|Unknown &KEY argument: :B
; expect: SIMPLE-PROGRAM-ERROR|odd number of &KEY arguments
; expect: 1
; expect: NIL
; expect: program-error Unknown &KEY argument: :B
; expect: 5
; expect: SIMPLE-PROGRAM-ERROR|odd number of &KEY arguments
; expect: UNKNOWN-KEYWORD-ARGUMENT|Unknown &KEY argument: X
; expect: 30 40 8
; expect: Unknown &KEY argument: :SIZE
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
