; A macro that expands into another macro call and into a defun, with splicing of body forms.
(defmacro my-let1 ((var val) &body body) `(let ((,var ,val)) ,@body))
(defmacro with-doubled ((var val) &body body) `(my-let1 (,var (* 2 ,val)) ,@body))
(print (with-doubled (x 21) (list x x)))
(defmacro define-getter (name key) `(defun ,name (plist) (getf plist ,key)))
(define-getter get-color :color)
(print (get-color '(:size 3 :color red)))
(terpri)
; expect:
; expect: (42 42) 
; expect: RED 
