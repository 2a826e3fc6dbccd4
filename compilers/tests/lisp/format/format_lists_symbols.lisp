; format with lists, nested lists and symbols under ~a and ~s.
(format t "~a~%" '(1 "two" #\3 (four)))
(format t "~s~%" '(1 "two" #\3 (four)))
(format t "~a ~a~%" nil t)
(format t "~s ~s~%" :key 'sym)
(format t "~a~%" (vector 1 "a"))
; expect: (1 two 3 (FOUR))
; expect: (1 "two" #\3 (FOUR))
; expect: NIL T
; expect: :KEY SYM
; expect: #(1 a)
