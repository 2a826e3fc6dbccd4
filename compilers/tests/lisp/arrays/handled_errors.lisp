; The errors of arrays that are conditions a handler-case catches, with SBCL's texts.
(defvar a (make-array '(2 3) :initial-element 0))
(defun try (thunk)
  (handler-case (funcall thunk) (error (c) (format t "~a: ~a~%" (type-of c) c))))
(try (lambda () (array-dimension a 2)))
(try (lambda () (array-dimension #(1 2) 1)))
(try (lambda () (make-array '(2 3) :initial-contents '((1 2 3) (4 5)))))
(try (lambda () (make-array '(2 2) :initial-contents '(1 2))))
(try (lambda () (make-array '(2 2 2) :initial-contents '(1 2))))
; expect: SIMPLE-ERROR: Axis number 2 is too big; #2A((0 0 0) (0 0 0)) only has 2 dimensions.
; expect: SIMPLE-ERROR: Vector axis is not zero: 1
; expect: SIMPLE-ERROR: malformed :INITIAL-CONTENTS: Dimension of axis 1 is 3, but (4 5) is 2 long.
; expect: SIMPLE-ERROR: malformed :INITIAL-CONTENTS: 1 is not a sequence, but 1 more layer needed.
; expect: SIMPLE-ERROR: malformed :INITIAL-CONTENTS: 1 is not a sequence, but 2 more layers needed.
