;; destructuring-bind and lambda lists
(destructuring-bind (a b &optional (c 3)) '(1 2)
  (format t "a=~a b=~a c=~a~%" a b c))
(destructuring-bind (name (x y) &rest tags) '(point (10 20) red big)
  (format t "~a at (~a, ~a) tagged ~a~%" name x y tags))
(destructuring-bind (&key width (height 5)) '(:width 3)
  (format t "area ~a~%" (* width height)))
(defun describe-person (&key name (age 0) (city "nowhere"))
  (format nil "~a, ~a, from ~a" name age city))
(print (describe-person :name "Ann" :age 31))
(print (describe-person :city "Paris" :name "Luc"))
(defun sum-all (&rest numbers) (apply #'+ numbers))
(print (sum-all 1 2 3 4 5))
(defun greet (greeting &optional (name "world")) (concatenate 'string greeting ", " name "!"))
(print (greet "Hello"))
(print (greet "Hi" "Lisp"))
(terpri)
; expect: a=1 b=2 c=3
; expect: POINT at (10, 20) tagged (RED BIG)
; expect: area 15
; expect: 
; expect: "Ann, 31, from nowhere" 
; expect: "Luc, 0, from Paris" 
; expect: 15 
; expect: "Hello, world!" 
; expect: "Hi, Lisp!" 
