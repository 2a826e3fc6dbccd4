; for clauses joined by `and` step in parallel (each then form sees the old values), and a loop over a hash
; Expected output from SBCL (sbcl --script).
; table's keys or values (maphash's order: the order of insertion, as SBCL's).
(defun fib (n) (loop for a = 0 then b and b = 1 then (+ a b) repeat n finally (return a)))
(print (mapcar #'fib '(0 1 2 10 30)))
(print (loop for x in '(1 2 3) and y = 10 then x collect (list x y)))
(print (loop for x = 1 then y and y = 2 then x repeat 4 collect (list x y)))
(print (loop for (a b) in '((1 2) (3 4)) and c = 0 then a collect (list a b c)))
(print (loop for x across #(1 2 3) and p = 0 then x collect (+ x p)))
(let ((h (make-hash-table :test #'equal)))
  (dolist (w '("pear" "apple" "fig" "apple" "pear" "apple"))
    (incf (gethash w h 0)))
  (loop for k being each hash-key in h using (hash-value v)
        do (format t "~%~a: ~a" k v))
  (print (loop for v being the hash-values of h sum v))
  (print (loop for v being the hash-values of h using (hash-key k) when (> v 1) collect k))
  (remhash "fig" h)
  (setf (gethash "kiwi" h) 9)
  (print (loop for k being the hash-keys of h collect k))
  (print (loop for k being the hash-keys of (make-hash-table) collect k)))
(terpri)
; expect:
; expect: (0 1 1 55 832040) 
; expect: ((1 10) (2 1) (3 2)) 
; expect: ((1 2) (2 1) (1 2) (2 1)) 
; expect: ((1 2 0) (3 4 1)) 
; expect: (1 3 5) 
; expect: pear: 2
; expect: apple: 3
; expect: fig: 1
; expect: 6 
; expect: ("pear" "apple") 
; expect: ("pear" "apple" "kiwi") 
; expect: NIL 
