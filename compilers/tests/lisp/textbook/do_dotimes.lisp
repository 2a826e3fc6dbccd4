;; do, dotimes, dolist and friends
(dotimes (i 3) (format t "i=~a " i))
(terpri)
(dolist (x '(a b c) 'done) (format t "~a " x))
(terpri)
(print (dolist (x '(1 2 3) 'finished)))
(do ((i 0 (+ i 1))
     (squares '() (cons (* i i) squares)))
    ((= i 5) (print (nreverse squares))))
(let ((n 27) (steps 0))
  (loop until (= n 1)
        do (setf n (if (evenp n) (/ n 2) (+ (* 3 n) 1)))
           (incf steps))
  (format t "~%Collatz 27 takes ~d steps~%" steps))
(print (let ((sum 0)) (dotimes (i 101 sum) (incf sum i))))
(terpri)
; expect: i=0 i=1 i=2 
; expect: A B C 
; expect: 
; expect: FINISHED 
; expect: (0 1 4 9 16) 
; expect: Collatz 27 takes 111 steps
; expect: 
; expect: 5050 
