; A with-... macro that wraps its body and returns the body's value.
(defmacro with-logging ((name) &body body)
  `(progn (format t "enter ~a~%" ',name)
          (let ((result (progn ,@body)))
            (format t "leave ~a~%" ',name)
            result)))
(print (with-logging (compute) (+ 1 2)))
(terpri)
; expect: enter COMPUTE
; expect: leave COMPUTE
; expect:
; expect: 3 
