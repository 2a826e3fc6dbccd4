; Counting letters with a hash table of characters, and a default in gethash.
(let ((h (make-hash-table)))
  (loop for c across "mississippi" do (incf (gethash c h 0)))
  (print (list (gethash #\s h) (gethash #\p h) (gethash #\z h 0)))
  (print (hash-table-count h)))
(terpri)
; expect:
; expect: (4 2 0) 
; expect: 4 
