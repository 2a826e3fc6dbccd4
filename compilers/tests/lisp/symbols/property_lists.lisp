; Property lists: get with a default, setf of get (a new property goes in front), remprop, symbol-plist.
(setf (get 'ada 'born) 1815)
(setf (get 'ada 'field) 'mathematics)
(setf (get 'charles 'born) 1791)
(print (get 'ada 'born))
(print (get 'ada 'field))
(print (get 'ada 'died))
(print (get 'ada 'died 'unknown))
(print (symbol-plist 'ada))
(setf (get 'ada 'born) 1816)
(print (symbol-plist 'ada))
(print (remprop 'ada 'born))
(print (remprop 'ada 'born))
(print (symbol-plist 'ada))
(print (symbol-plist 'nobody))
(defun older-p (a b) (< (get a 'born) (get b 'born)))
(setf (get 'ada 'born) 1815)
(print (older-p 'charles 'ada))
(terpri)
; expect: 
; expect: 1815 
; expect: MATHEMATICS 
; expect: NIL 
; expect: UNKNOWN 
; expect: (FIELD MATHEMATICS BORN 1815) 
; expect: (FIELD MATHEMATICS BORN 1816) 
; expect: (BORN 1816) 
; expect: NIL 
; expect: (FIELD MATHEMATICS) 
; expect: NIL 
; expect: T 
