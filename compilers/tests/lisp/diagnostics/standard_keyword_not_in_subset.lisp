; A keyword argument the standard function takes but this subset's does not is a diagnostic (SBCL would
; run these): remove's :count, find's :from-end, make-array's :displaced-to.
(print (remove 1 '(1 2 1) :test #'eql))
(print (remove 1 '(1 2 1) :count 1))
(print (find 2 '(1 2 3) :from-end t))
(print (length (make-array 2 :displaced-to (vector 1 2 3))))
; error: 4:8: remove's keyword argument :count is not supported (this subset's remove takes :end :key :start :test)
; error: 5:8: find's keyword argument :from-end is not supported
; error: 6:16: make-array's keyword argument :displaced-to is not supported
