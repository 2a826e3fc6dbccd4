; error with a format string ends the run with a SIMPLE-ERROR.
(defun check-positive (n)
  (if (< n 0) (error "~a is negative" n) n))
(format t "~s~%" (check-positive 5))
(format t "~s~%" (check-positive -3))
; expect: 5
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
