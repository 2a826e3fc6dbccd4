; Counting words with a hash table (equal test), then listing them in order.
(defun word-counts (words)
  (let ((h (make-hash-table :test #'equal)))
    (dolist (w words) (incf (gethash w h 0)))
    h))
(let* ((h (word-counts '("the" "cat" "the" "hat" "the" "cat")))
       (pairs nil))
  (maphash (lambda (k v) (push (cons k v) pairs)) h)
  (dolist (p (sort pairs #'string< :key #'car))
    (format t "~a: ~d~%" (car p) (cdr p))))
; expect: cat: 2
; expect: hat: 1
; expect: the: 3
