; gethash on something that is not a hash table is a type error.
(defvar *table* (make-hash-table))
(setf (gethash 'a *table*) 1)
(format t "~s~%" (gethash 'a *table*))
(format t "~s~%" (gethash 'a '(a 1)))
; expect: 1
; expect runtime error: trap 4
; expect stderr: unhandled condition in --disable-debugger mode, quitting
