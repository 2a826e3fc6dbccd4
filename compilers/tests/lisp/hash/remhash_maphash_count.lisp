; remhash returns whether the key was there; maphash visits every entry; hash-table-count follows both.
(let ((h (make-hash-table :test #'equal)))
  (setf (gethash "one" h) 1)
  (setf (gethash "two" h) 2)
  (setf (gethash "three" h) 3)
  (setf (gethash '(a b) h) 'list-key)
  (format t "count ~d~%" (hash-table-count h))
  (format t "~s~%" (gethash (list 'a 'b) h))
  (format t "removed ~s ~s~%" (remhash "two" h) (remhash "two" h))
  (format t "count ~d~%" (hash-table-count h))
  (let ((total 0))
    (maphash (lambda (k v) (when (numberp v) (incf total v) (format t "~a -> ~d~%" k v))) h)
    (format t "total ~d~%" total))
  (clrhash h)
  (format t "count ~d ~s~%" (hash-table-count h) (gethash "one" h 'gone)))
; expect: count 4
; expect: LIST-KEY
; expect: removed T NIL
; expect: count 3
; expect: one -> 1
; expect: three -> 3
; expect: total 4
; expect: count 0 GONE
