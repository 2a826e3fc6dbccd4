; setf of char on a fresh string; make-string; map over a string.
(defun copy-seq-of (s) (subseq s 0))
(let ((s (copy-seq-of "hello")))
  (setf (char s 0) #\j)
  (print s))
(format t "~s~%" (map 'string #'char-upcase "shout"))
(format t "~s~%" (map 'list #'char-code "AB"))
(format t "~s~%" (remove #\a "banana"))
(format t "~s~%" (count #\a "banana"))
(format t "~s~%" (position #\n "banana"))
(format t "~s~%" (string-trim " " "  padded  "))
(terpri)
; expect:
; expect: "jello" "SHOUT"
; expect: (65 66)
; expect: "bnn"
; expect: 3
; expect: 2
; expect: "padded"
; expect:
