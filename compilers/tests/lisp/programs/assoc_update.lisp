; Inventory kept as an association list, updated functionally and destructively.
(defun restock (inv item n)
  (let ((entry (assoc item inv)))
    (if entry
        (progn (incf (cdr entry) n) inv)
        (acons item n inv))))
(let ((inv (list (cons 'bolts 10) (cons 'nuts 5))))
  (setq inv (restock inv 'nuts 3))
  (setq inv (restock inv 'gears 7))
  (dolist (e (sort (copy-list inv) #'string< :key (lambda (e) (symbol-name (car e)))))
    (format t "~a: ~d~%" (car e) (cdr e))))
; expect: BOLTS: 10
; expect: GEARS: 7
; expect: NUTS: 8
