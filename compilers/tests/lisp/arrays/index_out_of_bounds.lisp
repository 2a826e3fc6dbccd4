; An index past a dimension of an array of rank 2 is SBCL's INVALID-ARRAY-INDEX-ERROR.
(defun cell (grid i j) (aref grid i j))
(defvar grid (make-array '(2 3) :initial-element 0))
(format t "~a~%" (cell grid 1 2))
(format t "~a~%" (cell grid 1 3))
; expect: 0
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
; expect exit: 1
