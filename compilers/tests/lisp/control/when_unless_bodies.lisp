; when and unless with several body forms; cond clauses with several forms.
(let ((x 5))
  (when (> x 3) (princ "big ") (princ x))
  (terpri)
  (unless (> x 10) (princ "not huge ") (princ (* x 2)))
  (terpri)
  (cond ((= x 5) (princ "five ") (princ "exactly"))
        (t (princ "other"))))
(terpri)
; expect: big 5
; expect: not huge 10
; expect: five exactly
