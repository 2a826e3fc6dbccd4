; Palindromes: strings compared with their reverse, ignoring case and non-letters.
(defun clean (s) (string-downcase (remove-if-not #'alpha-char-p s)))
(defun palindrome-p (s) (let ((c (clean s))) (string= c (reverse c))))
(dolist (s '("Racecar" "A man, a plan, a canal: Panama" "Babbage"))
  (format t "~s: ~a~%" s (palindrome-p s)))
; expect: "Racecar": T
; expect: "A man, a plan, a canal: Panama": T
; expect: "Babbage": NIL
