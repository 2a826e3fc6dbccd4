; unwind-protect runs its cleanup on a normal exit and when a throw passes through it.
(defvar *log* nil)
(defun guarded (throw-p)
  (unwind-protect
       (progn (push 'body *log*) (when throw-p (throw 'stop 'thrown)) 'normal)
    (push 'cleanup *log*)))
(print (guarded nil))
(print (catch 'stop (guarded t)))
(print (reverse *log*))
(terpri)
; expect:
; expect: NORMAL 
; expect: THROWN 
; expect: (BODY CLEANUP BODY CLEANUP) 
