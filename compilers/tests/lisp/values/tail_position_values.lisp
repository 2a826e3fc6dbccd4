; A function whose value is a call of floor, truncate or gethash returns both its values, through if,
; let, labels and lambda, as Common Lisp says; mod and a one-valued use see the first value only.
(defun split (a b) (floor a b))
(defun cut (a b) (if (> a 0) (truncate a b) (truncate (- a) b)))
(defun look (k h) (let ((x 1)) (declare (ignorable x)) (gethash k h)))
(defun halves (n) (labels ((go2 (m) (floor m 2))) (go2 n)))
(multiple-value-bind (q r) (split 17 5) (format t "~a ~a~%" q r))
(multiple-value-bind (q r) (cut -17 5) (format t "~a ~a~%" q r))
(let ((h (make-hash-table)))
  (setf (gethash 'a h) 1)
  (multiple-value-bind (v found) (look 'a h) (format t "~a ~a~%" v found))
  (multiple-value-bind (v found) (look 'b h) (format t "~a ~a~%" v found)))
(multiple-value-bind (q r) (halves 9) (format t "~a ~a~%" q r))
(print (multiple-value-list (funcall (lambda (x) (floor x 4)) 10)))
(print (split 9 2))
(print (mod 9 2))
(terpri)
; expect: 3 2
; expect: 3 2
; expect: 1 T
; expect: NIL NIL
; expect: 4 1
; expect: 
; expect: (2 2) 
; expect: 4 
; expect: 1 
