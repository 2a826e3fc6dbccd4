; Run-length encoding and decoding of a list.
(defun encode (xs)
  (if (null xs)
      nil
      (let ((run (loop for x in xs while (eql x (car xs)) count t)))
        (cons (list run (car xs)) (encode (nthcdr run xs))))))
(defun decode (pairs)
  (loop for p in pairs append (make-list (first p) :initial-element (second p))))
(print (decode '((2 x) (1 y))))
(print (encode '(a a a b c c a a d)))
(terpri)
; expect:
; expect: (X X Y) 
; expect: ((3 A) (1 B) (2 C) (2 A) (1 D)) 
