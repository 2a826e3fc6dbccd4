; return-from a block that is not there.
(defun f () (return-from nowhere 1))
; error: 2:13: return-from NOWHERE: there is no block
