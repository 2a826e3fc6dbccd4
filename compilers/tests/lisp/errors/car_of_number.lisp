; car of a number is a type error: the output before it is printed, then SBCL's kind of report.
(format t "~s~%" 'before)
(format t "~s~%" (car 5))
; expect: BEFORE
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
