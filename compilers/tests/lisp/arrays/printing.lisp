; Arrays of ranks 0 to 3 print as SBCL's #nA syntax, broken over lines by the pretty printer when wide.
(print (make-array '() :initial-element 5))
(print (make-array nil :initial-contents '(a b)))
(print (make-array '(2 3) :initial-element 0))
(print (make-array '(2 2 2) :initial-contents '(((1 2) (3 4)) ((5 6) (7 8)))))
(print (make-array '(0 3)))
(print (make-array '(3 0)))
(print (make-array '(1 1 1 1 1 1 1) :initial-element 'x))
(defvar chars (make-array '(2 2) :element-type 'character :initial-contents '("ab" "cd")))
(print chars)
(format t "~%~a ~s~%" chars chars)
(princ (make-array '(2 3) :initial-element "s"))
(prin1 (make-array '(2 3) :initial-element "s"))
(print (make-array '(2 3) :element-type 'character))
(print (list 'quote (make-array '(1 2) :initial-contents '((quote x)))))
(print (make-array '(4 30) :initial-element 12))
(print (make-array '(3 4 12) :initial-element 1))
(print (list (make-array '(5 10) :initial-element 123)))
(format t "~%~a~%" (make-array '(2 20) :initial-element "hello"))
(print (make-array '(2 2) :initial-contents (list (list (make-array '(1 1) :initial-element 7) #(1 2)) '("x" #\y))))
(format t "~%[~a]~%" (format nil "~s" (make-array '(2 2) :initial-element 'ab)))
(print (prin1-to-string (make-array '(3 30) :initial-element 'word)))
(terpri)
; expect:
; expect: #0A5 
; expect: #0A(A B) 
; expect: #2A((0 0 0) (0 0 0)) 
; expect: #3A(((1 2) (3 4)) ((5 6) (7 8))) 
; expect: #2A() 
; expect: #2A(() () ()) 
; expect: #7A(((((((X))))))) 
; expect: #2A((#\a #\b) (#\c #\d)) 
; expect: #2A((a b) (c d)) #2A((#\a #\b) (#\c #\d))
; expect: #2A((s s s) (s s s))#2A(("s" "s" "s") ("s" "s" "s"))
; expect: #2A((#\Nul #\Nul #\Nul) (#\Nul #\Nul #\Nul)) 
; expect: '#2A((QUOTE X)) 
; expect: #2A((12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12
; expect:      12 12 12 12 12)
; expect:     (12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12
; expect:      12 12 12 12 12)
; expect:     (12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12
; expect:      12 12 12 12 12)
; expect:     (12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12 12
; expect:      12 12 12 12 12)) 
; expect: #3A(((1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1))
; expect:     ((1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1))
; expect:     ((1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1)
; expect:      (1 1 1 1 1 1 1 1 1 1 1 1))) 
; expect: (#2A((123 123 123 123 123 123 123 123 123 123)
; expect:      (123 123 123 123 123 123 123 123 123 123)
; expect:      (123 123 123 123 123 123 123 123 123 123)
; expect:      (123 123 123 123 123 123 123 123 123 123)
; expect:      (123 123 123 123 123 123 123 123 123 123))) 
; expect: #2A((hello hello hello hello hello hello hello hello hello hello hello hello
; expect:      hello hello hello hello hello hello hello hello)
; expect:     (hello hello hello hello hello hello hello hello hello hello hello hello
; expect:      hello hello hello hello hello hello hello hello))
; expect:
; expect: #2A((#2A((7)) #(1 2)) ("x" #\y)) 
; expect: [#2A((AB AB) (AB AB))]
; expect:
; expect: "#2A((WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD
; expect:      WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD
; expect:      WORD)
; expect:     (WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD
; expect:      WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD
; expect:      WORD)
; expect:     (WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD
; expect:      WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD WORD
; expect:      WORD))" 
