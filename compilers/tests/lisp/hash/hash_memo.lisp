; Memoising a function with an equal hash table keyed by lists.
(defvar *paths* (make-hash-table :test #'equal))
(defun paths (r c)
  (if (or (= r 0) (= c 0))
      1
      (let ((key (list r c)))
        (or (gethash key *paths*)
            (setf (gethash key *paths*) (+ (paths (1- r) c) (paths r (1- c))))))))
(print (paths 10 10))
(print (paths 12 12))
(terpri)
; expect:
; expect: 184756 
; expect: 2704156 
