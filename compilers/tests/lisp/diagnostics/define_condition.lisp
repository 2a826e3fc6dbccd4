; define-condition is not supported: the diagnostic says what to use instead.
(define-condition my-error (error) ())
; error: 2:1: define-condition is not supported
