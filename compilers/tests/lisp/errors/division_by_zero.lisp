; Division by zero signals DIVISION-BY-ZERO.
(defun safe-div (a b) (truncate a b))
(format t "~s~%" (safe-div 10 2))
(format t "~s~%" (safe-div 1 0))
; expect: 5
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
