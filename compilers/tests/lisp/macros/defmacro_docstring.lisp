; A macro and a function with documentation strings and declarations, which are skipped.
(defmacro twice (form)
  "Evaluate FORM twice."
  `(progn ,form ,form))
(defun add (a b)
  "Add two numbers."
  (declare (integer a b))
  (+ a b))
(let ((n 0)) (twice (incf n)) (print n))
(print (add 2 3))
(terpri)
; expect:
; expect: 2 
; expect: 5 
