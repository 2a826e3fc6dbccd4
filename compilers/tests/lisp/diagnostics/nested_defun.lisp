; defun inside another form is not supported: functions are defined at top level.
(let ((x 1))
  (defun get-x () x))
; error: 3:3: defun inside a form
