; simple-error, simple-condition and simple-warning take :format-control and :format-arguments, from
; error and make-condition; simple-condition-format-control and -arguments read them.
(print (handler-case (error 'simple-error :format-control "x ~a" :format-arguments (list 1))
         (error (c) (format nil "~a" c))))
(let ((c (make-condition 'simple-error :format-control "y ~a ~a" :format-arguments '(1 2))))
  (print (simple-condition-format-control c))
  (print (simple-condition-format-arguments c))
  (print (type-of c))
  (print (list (typep c 'simple-condition) (typep c 'error) (typep c 'warning)))
  (format t "~%~a" c))
(print (handler-case (error (make-condition 'simple-error :format-control "z")) (error (c) (princ-to-string c))))
(print (handler-case (error "w ~a" 5)
         (simple-condition (c) (list (simple-condition-format-control c) (simple-condition-format-arguments c)))))
(let ((w (make-condition 'simple-warning :format-control "warn ~s" :format-arguments '("a"))))
  (print (list (princ-to-string w) (typep w 'warning) (typep w 'error) (typep w 'simple-condition))))
(print (princ-to-string (make-condition 'simple-condition :format-control "cond ~s" :format-arguments '("a"))))
(define-condition my-error (simple-error) ())
(print (handler-case (error 'my-error :format-control "mine ~d" :format-arguments '(42))
         (simple-error (c) (list (type-of c) (princ-to-string c)))))
(terpri)
(error 'simple-error :format-control "bad ~a" :format-arguments (list 7))
; expect:
; expect: "x 1" 
; expect: "y ~a ~a" 
; expect: (1 2) 
; expect: SIMPLE-ERROR 
; expect: (T T NIL) 
; expect: y 1 2
; expect: "z" 
; expect: ("w ~a" (5)) 
; expect: ("warn \"a\"" T NIL T) 
; expect: "cond \"a\"" 
; expect: (MY-ERROR "mine 42") 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
