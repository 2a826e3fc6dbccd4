; A bit operation on a value that is not an integer is SBCL's type error.
(format t "~d~%" (logior 12 10))
(format t "~d~%" (logand 'a 1))
; expect: 14
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
