; An error signalled deep inside recursion: the output so far, then the report.
(defun countdown (n)
  (format t "~d~%" n)
  (if (= n 0) (error "liftoff at ~a" n) (countdown (- n 1))))
(countdown 3)
; expect: 3
; expect: 2
; expect: 1
; expect: 0
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
