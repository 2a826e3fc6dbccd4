;; Signalling and handling errors
(define-condition negative-input (error)
  ((value :initarg :value :reader negative-value))
  (:report (lambda (c stream) (format stream "negative input: ~a" (negative-value c)))))
(defun checked-sqrt (n)
  (when (< n 0) (error 'negative-input :value n))
  (isqrt n))
(defun safe-sqrt (n)
  (handler-case (checked-sqrt n)
    (negative-input (c) (format t "Caught: ~a~%" c) nil)))
(print (safe-sqrt 16))
(print (safe-sqrt -4))
(terpri)
(defun parse-or-zero (s)
  (handler-case (parse-integer s)
    (error () 0)))
(print (mapcar #'parse-or-zero '("12" "x" "7")))
(handler-case (error "Something bad: ~a" 42)
  (simple-error (e) (format t "~%Error message: ~a~%" e)))
(print (ignore-errors (/ 10 0)))
(unwind-protect
     (format t "~%in body~%")
  (format t "cleanup runs~%"))
(defun risky (x) (if (> x 5) (error "too big: ~a" x) x))
(print (loop for i in '(1 6 3) collect (handler-case (risky i) (error (e) (princ-to-string e)))))
(terpri)
(error "Final failure with code ~d" 7)
; expect: 
; expect: 4 Caught: negative input: -4
; expect: 
; expect: NIL 
; expect: 
; expect: (12 0 7) 
; expect: Error message: Something bad: 42
; expect: 
; expect: NIL 
; expect: in body
; expect: cleanup runs
; expect: 
; expect: (1 "too big: 6" 3) 
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
