; A while macro built from tagbody and go (or from loop), used with a counter.
(defmacro while (test &body body)
  `(loop (unless ,test (return)) ,@body))
(let ((i 0))
  (while (< i 5)
    (princ i)
    (incf i)))
(terpri)
; expect: 01234
