; values, multiple-value-bind, multiple-value-list, nth-value, multiple-value-setq; floor, truncate and
; gethash give two values; a function returning (values ...) in tail position passes them on.
(multiple-value-bind (q r) (floor 17 5)
  (format t "17 = 5*~d + ~d~%" q r))
(multiple-value-bind (q r) (floor -17 5)
  (format t "floor -17 5: ~d ~d~%" q r))
(multiple-value-bind (q r) (truncate -17 5)
  (format t "truncate -17 5: ~d ~d~%" q r))
(defun div-mod (a b) (values (floor a b) (mod a b)))
(print (multiple-value-list (div-mod 23 7)))
(defun min-max (list)
  (let ((lo (car list)) (hi (car list)))
    (dolist (x list) (setf lo (min lo x) hi (max hi x)))
    (values lo hi (length list))))
(multiple-value-bind (lo hi n) (min-max '(4 9 -2 7))
  (print (list lo hi n)))
(multiple-value-bind (a b c) (values 1 2)
  (print (list a b c)))
(print (multiple-value-list (values)))
(print (nth-value 1 (floor 100 7)))
(print (+ (floor 7 2) (values 10 20)))
(let ((h (make-hash-table)))
  (setf (gethash 'a h) nil)
  (multiple-value-bind (v found) (gethash 'a h) (print (list v found)))
  (multiple-value-bind (v found) (gethash 'b h 0) (print (list v found))))
(defun single () (let ((q (floor 7 2))) q))   ; the function returns one value: r is NIL
(multiple-value-bind (q r) (single) (print (list q r)))
(let ((x 0) (y 0))
  (print (multiple-value-setq (x y) (truncate 47 10)))
  (print (list x y)))
(print (multiple-value-list (values-list '(a b c))))
(print (list (round 7 2) (round 5 2) (round -7 2) (round 8 3) (ceiling 7 2) (ceiling -7 2) (ceiling 6 3)))
(print (multiple-value-list (round 11 4)))
(print (multiple-value-list (ceiling 11 4)))
(defun halves (n) (round n 2))
(multiple-value-bind (q r) (halves 9) (print (list q r)))
(terpri)
; expect: 17 = 5*3 + 2
; expect: floor -17 5: -4 3
; expect: truncate -17 5: -3 -2
; expect: 
; expect: (3 2) 
; expect: (-2 9 4) 
; expect: (1 2 NIL) 
; expect: NIL 
; expect: 2 
; expect: 13 
; expect: (NIL T) 
; expect: (0 NIL) 
; expect: (3 NIL) 
; expect: 4 
; expect: (4 7) 
; expect: (A B C) 
; expect: (4 2 -4 3 4 -3 2) 
; expect: (3 -1) 
; expect: (3 -1) 
; expect: (4 1) 
