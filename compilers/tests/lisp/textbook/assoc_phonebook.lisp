;; A phone book as an association list
(defvar *book* '())
(defun add-entry (name number)
  (push (cons name number) *book*))
(defun lookup (name)
  (cdr (assoc name *book* :test #'string=)))
(add-entry "Alice" "555-1234")
(add-entry "Bob" "555-9876")
(add-entry "Carol" "555-5555")
(format t "Bob's number is ~a~%" (lookup "Bob"))
(format t "Dave's number is ~a~%" (lookup "Dave"))
(format t "Everyone: ~s~%" (reverse *book*))
(setf (cdr (assoc "Alice" *book* :test #'string=)) "555-0000")
(format t "Alice now: ~a~%" (lookup "Alice"))
(print (mapcar #'car *book*))
(print (sort (mapcar #'car *book*) #'string<))
(print (rassoc "555-5555" *book* :test #'string=))
(terpri)
; expect: Bob's number is 555-9876
; expect: Dave's number is NIL
; expect: Everyone: (("Alice" . "555-1234") ("Bob" . "555-9876") ("Carol" . "555-5555"))
; expect: Alice now: 555-0000
; expect: 
; expect: ("Carol" "Bob" "Alice") 
; expect: ("Alice" "Bob" "Carol") 
; expect: ("Carol" . "555-5555") 
