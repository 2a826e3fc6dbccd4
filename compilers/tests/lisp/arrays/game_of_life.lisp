; Conway's game of life on a small torus, and a flood fill of a character grid.
(defun neighbours (grid i j)
  (destructuring-bind (rows cols) (array-dimensions grid)
    (let ((n 0))
      (loop for di from -1 to 1
            do (loop for dj from -1 to 1
                     unless (and (= di 0) (= dj 0))
                       do (incf n (aref grid (mod (+ i di) rows) (mod (+ j dj) cols)))))
      n)))
(defun step-life (grid)
  (let ((next (make-array (array-dimensions grid) :initial-element 0)))
    (dotimes (i (array-dimension grid 0) next)
      (dotimes (j (array-dimension grid 1))
        (let ((n (neighbours grid i j)))
          (setf (aref next i j)
                (if (or (= n 3) (and (= n 2) (= (aref grid i j) 1))) 1 0)))))))
(defun show (grid)
  (dotimes (i (array-dimension grid 0))
    (dotimes (j (array-dimension grid 1))
      (write-char (if (= (aref grid i j) 1) #\# #\.)))
    (terpri)))
(defvar glider (make-array '(6 6) :initial-element 0))
(dolist (cell '((0 1) (1 2) (2 0) (2 1) (2 2)))
  (setf (aref glider (first cell) (second cell)) 1))
(let ((g glider))
  (dotimes (k 4) (setf g (step-life g)))
  (show g)
  (print g)
  (terpri))

(defun flood (grid i j from to)
  ;; every cell reachable from (i j) through cells holding from now holds to; the count changed
  (if (and (array-in-bounds-p grid i j) (char= (aref grid i j) from))
      (progn (setf (aref grid i j) to)
             (+ 1 (flood grid (1+ i) j from to) (flood grid (1- i) j from to)
                (flood grid i (1+ j) from to) (flood grid i (1- j) from to)))
      0))
(defvar rows '("....#..." "..###..." "#.....##" "###..#.."))
(defvar grid (make-array (list (length rows) (length (first rows)))
                         :element-type 'character :initial-contents rows))
(print (flood grid 0 0 #\. #\~))
(dotimes (i (array-dimension grid 0))
  (dotimes (j (array-dimension grid 1)) (write-char (aref grid i j)))
  (terpri))
(print grid)
(format t "~%~a~%" grid)
; expect: ......
; expect: ..#...
; expect: ...#..
; expect: .###..
; expect: ......
; expect: ......
; expect:
; expect: #2A((0 0 0 0 0 0)
; expect:     (0 0 1 0 0 0)
; expect:     (0 0 0 1 0 0)
; expect:     (0 1 1 1 0 0)
; expect:     (0 0 0 0 0 0)
; expect:     (0 0 0 0 0 0)) 
; expect:
; expect: 19 ~~~~#~~~
; expect: ~~###~~~
; expect: #~~~~~##
; expect: ###~~#..
; expect:
; expect: #2A((#\~ #\~ #\~ #\~ #\# #\~ #\~ #\~)
; expect:     (#\~ #\~ #\# #\# #\# #\~ #\~ #\~)
; expect:     (#\# #\~ #\~ #\~ #\~ #\~ #\# #\#)
; expect:     (#\# #\# #\# #\~ #\~ #\# #\. #\.)) 
; expect: #2A((~ ~ ~ ~ # ~ ~ ~) (~ ~ # # # ~ ~ ~) (# ~ ~ ~ ~ ~ # #) (# # # ~ ~ # . .))
