; handler-bind: matching handlers run in order and decline by returning (the error goes on to the outer
; handler-case), or leave by throw; with no error the body's value is returned; unhandled after them.
(define-condition bad-input (error) ((value :initarg :value :reader bad-value)))
(defun check (x) (if (< x 0) (error 'bad-input :value x) x))
(print (handler-case
           (handler-bind ((bad-input (lambda (c) (format t "~&logged ~d~%" (bad-value c))))
                          (error (lambda (c) (declare (ignore c)) (format t "any error~%"))))
             (+ (check 1) (check -5)))
         (error (e) (list 'recovered (bad-value e)))))
(print (catch 'skip
         (handler-bind ((error (lambda (c) (throw 'skip (format nil "skipped: ~a" c)))))
           (error "boom ~d" 42))))
(print (handler-bind ((error #'print)) (+ 1 2)))
(terpri)
(handler-bind ((error (lambda (c) (format t "seen: ~a~%" c))))
  (error "not handled"))
; expect: logged -5
; expect: any error
; expect: 
; expect: (RECOVERED -5) 
; expect: "skipped: boom 42" 
; expect: 3 
; expect: seen: not handled
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
