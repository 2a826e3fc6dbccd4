; A macro called with too few arguments for its lambda list.
(defmacro two (a b) `(list ,a ,b))
(print (two 1))
; error: 3:8: too few arguments
