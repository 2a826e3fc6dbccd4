;; Count words with a hash table
(defun split-words (string)
  (let ((words '()) (start nil))
    (dotimes (i (length string))
      (let ((c (char string i)))
        (if (alpha-char-p c)
            (unless start (setf start i))
            (when start
              (push (string-downcase (subseq string start i)) words)
              (setf start nil)))))
    (when start (push (string-downcase (subseq string start)) words))
    (nreverse words)))
(defun word-counts (text)
  (let ((table (make-hash-table :test #'equal)))
    (dolist (w (split-words text))
      (incf (gethash w table 0)))
    table))
(let* ((text "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!")
       (table (word-counts text))
       (pairs '()))
  (maphash (lambda (k v) (push (cons k v) pairs)) table)
  (setf pairs (sort pairs (lambda (a b) (or (> (cdr a) (cdr b))
                                            (and (= (cdr a) (cdr b)) (string< (car a) (car b)))))))
  (format t "~d distinct words~%" (hash-table-count table))
  (loop for (word . count) in pairs
        repeat 5
        do (format t "~10a ~3d~%" word count)))
; expect: 10 distinct words
; expect: the          4
; expect: dog          2
; expect: fox          2
; expect: brown        1
; expect: jumps        1
