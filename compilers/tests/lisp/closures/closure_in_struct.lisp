; Closures kept in a structure slot and in a hash table, called through funcall.
(defstruct op name fn)
(let ((ops (list (make-op :name "add" :fn #'+) (make-op :name "times" :fn #'*))))
  (dolist (o ops) (format t "~a: ~d~%" (op-name o) (funcall (op-fn o) 6 7))))
(let ((h (make-hash-table)))
  (setf (gethash 'sq h) (lambda (x) (* x x)))
  (print (funcall (gethash 'sq h) 9)))
(terpri)
; expect: add: 13
; expect: times: 42
; expect:
; expect: 81 
