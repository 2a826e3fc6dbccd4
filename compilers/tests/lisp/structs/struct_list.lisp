; A list of structures, sorted by a slot, and copied.
(defstruct person name age)
(let* ((people (list (make-person :name "Ada" :age 36)
                     (make-person :name "Charles" :age 79)
                     (make-person :name "Mary" :age 20)))
       (sorted (sort (copy-list people) #'< :key #'person-age)))
  (dolist (p sorted) (format t "~a is ~d~%" (person-name p) (person-age p)))
  (let ((c (copy-person (first people))))
    (setf (person-age c) 99)
    (print (list (person-age c) (person-age (first people))))))
(terpri)
; expect: Mary is 20
; expect: Ada is 36
; expect: Charles is 79
; expect:
; expect: (99 36) 
