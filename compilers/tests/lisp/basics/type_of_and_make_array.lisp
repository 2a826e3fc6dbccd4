; type-of gives SBCL's (64-bit) types: an integer by its range, a string or vector with its length, a
; character by its set; make-array with :element-type character makes a string, and without an initial
; element fills with 0 (a string with the character of code 0), as SBCL does. Expected: SBCL's output.
(dolist (x (list 0 1 2 42 -1 -5 4611686018427387903 4611686018427387904 -4611686018427387904
                 -4611686018427387905 (expt 10 30) (- (expt 10 30)) "abc" "" #\a #\Tab #\Newline 'foo nil t
                 :key '(1 2) (make-array 3) (make-hash-table) #'car (lambda (x) x)))
  (format t "~s~%" (type-of x)))
(print (make-array 2 :element-type 'character :initial-element #\x))
(print (make-array 3 :element-type 'character :initial-contents "abc"))
(print (make-array 3 :element-type 'integer :initial-element 0))
(print (make-array 2 :adjustable t))
(print (make-array 3 :initial-contents '(1 2 3)))
(print (make-array 2))
(print (length (make-string 3)))
(print (char-code (char (make-string 2) 0)))
(print (make-array 2 :initial-element nil))
(terpri)
; expect: BIT
; expect: BIT
; expect: (INTEGER 0 4611686018427387903)
; expect: (INTEGER 0 4611686018427387903)
; expect: FIXNUM
; expect: FIXNUM
; expect: (INTEGER 0 4611686018427387903)
; expect: (INTEGER 4611686018427387904)
; expect: FIXNUM
; expect: BIGNUM
; expect: (INTEGER 4611686018427387904)
; expect: BIGNUM
; expect: (SIMPLE-ARRAY CHARACTER (3))
; expect: (SIMPLE-ARRAY CHARACTER (0))
; expect: STANDARD-CHAR
; expect: BASE-CHAR
; expect: STANDARD-CHAR
; expect: SYMBOL
; expect: NULL
; expect: BOOLEAN
; expect: KEYWORD
; expect: CONS
; expect: (SIMPLE-VECTOR 3)
; expect: HASH-TABLE
; expect: COMPILED-FUNCTION
; expect: COMPILED-FUNCTION
; expect:
; expect: "xx" 
; expect: "abc" 
; expect: #(0 0 0) 
; expect: #(0 0) 
; expect: #(1 2 3) 
; expect: #(0 0) 
; expect: 3 
; expect: 0 
; expect: #(NIL NIL) 
