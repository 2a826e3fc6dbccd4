; A macro whose expansion is computed by a function defined earlier in the file.
(defun make-adder-form (n) (list '+ 'x n))
(defmacro adder (n) (make-adder-form n))
(let ((x 5)) (print (adder 10)))
(defmacro unroll (n form) (cons 'progn (loop for i below n collect form)))
(let ((c 0)) (unroll 4 (incf c)) (print c))
(terpri)
; expect:
; expect: 15 
; expect: 4 
