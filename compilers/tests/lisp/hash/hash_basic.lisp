; Hash tables: gethash with a default, setf, remhash, hash-table-count, maphash, :test equal.
(let ((h (make-hash-table)))
  (setf (gethash 'a h) 1)
  (setf (gethash 'b h) 2)
  (setf (gethash 'a h) 10)
  (print (gethash 'a h))
  (print (gethash 'z h))
  (print (gethash 'z h 'default))
  (print (hash-table-count h))
  (remhash 'a h)
  (print (hash-table-count h))
  (maphash (lambda (k v) (format t "~%~a => ~a" k v)) h))
(let ((h (make-hash-table :test #'equal)))
  (setf (gethash "key" h) 'found)
  (print (gethash "key" h))
  (print (gethash (list 1 2) h)))
(terpri)
; expect:
; expect: 10 
; expect: NIL 
; expect: DEFAULT 
; expect: 2 
; expect: 1 
; expect: B => 2
; expect: FOUND 
; expect: NIL 
