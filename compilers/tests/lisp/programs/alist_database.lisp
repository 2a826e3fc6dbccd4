; An association-list database: add records, query by a field, update a field.
(defparameter *db* nil)
(defun add-record (name dept salary)
  (push (list (cons 'name name) (cons 'dept dept) (cons 'salary salary)) *db*))
(defun field (rec key) (cdr (assoc key rec)))
(defun where (key value) (remove-if-not (lambda (r) (equal (field r key) value)) *db*))
(add-record "ada" 'math 100)
(add-record "charles" 'engines 90)
(add-record "mary" 'math 80)
(dolist (r (reverse (where 'dept 'math)))
  (format t "~a earns ~d~%" (field r 'name) (field r 'salary)))
(print (reduce #'+ (mapcar (lambda (r) (field r 'salary)) *db*)))
(setf (cdr (assoc 'salary (first (where 'name "ada")))) 150)
(print (field (first (where 'name "ada")) 'salary))
(terpri)
; expect: ada earns 100
; expect: mary earns 80
; expect:
; expect: 270 
; expect: 150 
