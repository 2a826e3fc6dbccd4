; Structures and typecase-style dispatch: areas of shapes (integers only).
(defstruct rect w h)
(defstruct square side)
(defun area (s)
  (cond ((rect-p s) (* (rect-w s) (rect-h s)))
        ((square-p s) (* (square-side s) (square-side s)))
        (t (error "not a shape: ~s" s))))
(print (mapcar #'area (list (make-rect :w 3 :h 4) (make-square :side 5))))
(print (reduce #'+ (mapcar #'area (list (make-rect :w 1 :h 1) (make-square :side 2)))))
(terpri)
; expect:
; expect: (12 25) 
; expect: 5 
