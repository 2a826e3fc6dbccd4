; Macro lambda lists destructure: nested lists, &optional, &rest, &key.
(defmacro for-range ((var from to) &body body)
  `(do ((,var ,from (1+ ,var))) ((> ,var ,to)) ,@body))
(for-range (i 1 3) (print i))
(defmacro opt-mac (a &optional (b 10) &rest more)
  `(list ,a ,b ',more))
(print (opt-mac 1))
(print (opt-mac 1 2 3 4))
(defmacro key-mac (&key (x 1) (y 2))
  `(list ,x ,y))
(print (key-mac :y 5))
(terpri)
; expect:
; expect: 1 
; expect: 2 
; expect: 3 
; expect: (1 10 NIL) 
; expect: (1 2 (3 4)) 
; expect: (1 5) 
