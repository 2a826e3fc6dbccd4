; An unhandled error with format arguments: SBCL's SIMPLE-ERROR report, after the output so far.
(defun withdraw (balance amount)
  (if (> amount balance)
      (error "cannot withdraw ~d: the balance is only ~d" amount balance)
      (- balance amount)))
(format t "~d~%" (withdraw 100 30))
(format t "~d~%" (withdraw 100 130))
; expect: 70
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
