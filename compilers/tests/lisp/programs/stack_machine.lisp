; A little stack machine interpreting a list of instructions, with push and pop on a list.
(defun run (program)
  (let ((stack nil))
    (dolist (ins program (car stack))
      (case (if (consp ins) (car ins) ins)
        (push (push (second ins) stack))
        (add (push (+ (pop stack) (pop stack)) stack))
        (mul (push (* (pop stack) (pop stack)) stack))
        (dup (push (car stack) stack))))))
(print (run '((push 2) (push 3) add dup mul)))
(terpri)
; expect:
; expect: 25 
