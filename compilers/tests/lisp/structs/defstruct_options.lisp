; defstruct name options: (:conc-name x) and :conc-name nil, (:constructor name) and a constructor with
; its own lambda list, (:predicate name), (:copier name); equalp of structures. Checked against SBCL 2.2.9.
(defstruct (account (:conc-name acct-)) id owner (balance 0))
(defstruct (employee (:constructor new-employee (name salary &optional dept)))
  name salary (dept 'none) (badge 100))
(defstruct (point (:constructor make-point) (:constructor point-at (x y)) (:predicate is-point)
                  (:copier clone-point))
  (x 0) (y 0))
(defstruct (pair (:conc-name nil)) left right)
(let ((a (make-account :id 1 :owner "Ann" :balance 100)))
  (incf (acct-balance a) 50)
  (print a)
  (print (acct-balance a))
  (print (account-p a)))
(print (new-employee "Bo" 1000))
(print (new-employee "Cy" 1200 'sales))
(print (employee-badge (new-employee "Di" 900)))
(let ((p (point-at 3 4))
      (q (make-point :y 7)))
  (print (list p q (is-point p) (is-point 5)))
  (let ((c (clone-point p)))
    (setf (point-x c) 10)
    (print (list p c)))
  (print (equalp p (point-at 3 4)))
  (print (equalp p q))
  (print (equal p (point-at 3 4))))
(let ((pr (make-pair :left 'l :right 'r)))
  (setf (right pr) 'new)
  (print (list (left pr) (right pr) pr)))
(print (equalp (list (make-account :id 2) "AB") (list (make-account :id 2) "ab")))
(terpri)
; expect:
; expect: #S(ACCOUNT :ID 1 :OWNER "Ann" :BALANCE 150) 
; expect: 150 
; expect: T 
; expect: #S(EMPLOYEE :NAME "Bo" :SALARY 1000 :DEPT NONE :BADGE 100) 
; expect: #S(EMPLOYEE :NAME "Cy" :SALARY 1200 :DEPT SALES :BADGE 100) 
; expect: 100 
; expect: (#S(POINT :X 3 :Y 4) #S(POINT :X 0 :Y 7) T NIL) 
; expect: (#S(POINT :X 3 :Y 4) #S(POINT :X 10 :Y 4)) 
; expect: T 
; expect: NIL 
; expect: NIL 
; expect: (L NEW #S(PAIR :LEFT L :RIGHT NEW)) 
; expect: T 
