; stdin: 3
; stdin: 10
; stdin: -4
; stdin: 25
; Lines read until the end of input (read-line with eof-error-p nil returns the eof value there).
(defun sum-lines ()
  (loop for line = (read-line *standard-input* nil nil)
        while line
        sum (parse-integer line)))
(format t "total ~d~%" (sum-lines))
(format t "again ~s~%" (read-line *standard-input* nil :eof))
; expect: total 34
; expect: again :EOF
