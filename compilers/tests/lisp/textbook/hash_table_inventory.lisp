;; An inventory with hash tables
(defvar *stock* (make-hash-table))
(defun restock (item n) (incf (gethash item *stock* 0) n))
(defun sell (item n)
  (multiple-value-bind (have found) (gethash item *stock*)
    (cond ((not found) (format t "No such item: ~a~%" item))
          ((< have n) (format t "Only ~d ~a left~%" have item))
          (t (decf (gethash item *stock*) n)
             (format t "Sold ~d ~a~%" n item)))))
(restock 'apple 10)
(restock 'pear 4)
(restock 'apple 5)
(sell 'apple 3)
(sell 'pear 9)
(sell 'plum 1)
(let ((items '()))
  (maphash (lambda (k v) (push (list k v) items)) *stock*)
  (format t "Stock: ~a~%" (sort items #'string< :key (lambda (x) (symbol-name (car x))))))
(remhash 'pear *stock*)
(format t "Items left: ~d~%" (hash-table-count *stock*))
(print (gethash 'pear *stock* 'gone))
(terpri)
; expect: Sold 3 APPLE
; expect: Only 4 PEAR left
; expect: No such item: PLUM
; expect: Stock: ((APPLE 12) (PEAR 4))
; expect: Items left: 1
; expect: 
; expect: GONE 
