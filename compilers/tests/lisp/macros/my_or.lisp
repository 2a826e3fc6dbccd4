; A recursive macro: or written with let and if, expanding into itself.
(defmacro my-or (&rest forms)
  (if (null forms)
      nil
      (let ((g (gensym)))
        `(let ((,g ,(car forms)))
           (if ,g ,g (my-or ,@(cdr forms)))))))
(print (my-or nil nil 3 4))
(print (my-or))
(print (my-or nil))
(terpri)
; expect:
; expect: 3 
; expect: NIL 
; expect: NIL 
