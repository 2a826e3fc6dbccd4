; Words gathered character by character into one string with a fill pointer, reset after each word,
; and counted in an EQUAL hash table (a string with a fill pointer is EQUAL to a simple string).
(defun words (text)
  (let ((out nil) (word (make-array 0 :element-type 'character :fill-pointer 0 :adjustable t)))
    (loop for c across text
          do (if (alpha-char-p c)
                 (vector-push-extend (char-downcase c) word)
                 (when (> (length word) 0)
                   (push (coerce word 'simple-string) out)
                   (setf (fill-pointer word) 0))))
    (when (> (length word) 0) (push (copy-seq word) out))
    (nreverse out)))
(defvar *counts* (make-hash-table :test 'equal))
(dolist (w (words "The cat and the hat. The END and the end")) (incf (gethash w *counts* 0)))
(print (list (gethash "the" *counts*) (gethash "end" *counts*) (gethash "cat" *counts*)))
(let ((key (make-array 3 :element-type 'character :fill-pointer 3 :initial-contents "hat")))
  (print (gethash key *counts*)))
(print (words "a bb ccc"))
(terpri)
; expect:
; expect: (4 2 1) 
; expect: 1 
; expect: ("a" "bb" "ccc") 
