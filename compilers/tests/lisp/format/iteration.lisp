; format iteration ~{ ~} with ~^ between elements.
(format t "~{~a~^, ~}~%" '(1 2 3))
(format t "~{[~a]~}~%" '(x y))
(format t "~{~a=~a~^; ~}~%" '(a 1 b 2))
(format t "items: ~{~s~^ ~}.~%" '("p" q 3))
(format t "~{~a~}~%" nil)
; expect: 1, 2, 3
; expect: [X][Y]
; expect: A=1; B=2
; expect: items: "p" Q 3.
; expect:
