; Nested handlers: the inner one handles, or lets a throw pass to the outer catch; a special binding
; is restored when a throw leaves its let.
(defvar *depth* 0)
(defun level () *depth*)
(print (catch 'top
         (handler-case (let ((*depth* 5)) (throw 'top (level)))
           (error () 'wrong))))
(print (level))
(print (handler-case (handler-case (error "deep") (error (e) (error "rethrown: ~a" e)))
         (error (e) (princ-to-string e))))
(terpri)
; expect:
; expect: 5 
; expect: 0 
; expect: "rethrown: deep" 
