; let* binds in sequence; flet's functions do not see themselves (labels' do); a local function shadows a global one.
(defun twice (x) (* 2 x))
(let* ((a 2) (b (* a 10)) (c (+ a b)))
  (print (list a b c)))
(flet ((twice (x) (* 3 (twice x))))   ; the inner call is the global twice
  (print (twice 5)))
(print (twice 5))
(labels ((countdown (n acc) (if (= n 0) (nreverse acc) (countdown (- n 1) (cons n acc)))))
  (print (countdown 4 nil)))
(let ((x 1))
  (let* ((x (+ x 1)) (y (* x 10)))
    (print (list x y)))
  (print x))
(terpri)
; expect: 
; expect: (2 20 22) 
; expect: 30 
; expect: 10 
; expect: (4 3 2 1) 
; expect: (2 20) 
; expect: 1 
