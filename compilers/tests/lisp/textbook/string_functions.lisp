;; String functions
(defun reverse-string (s) (reverse s))
(defun palindrome-p (s)
  (let ((clean (remove-if-not #'alpha-char-p (string-downcase s))))
    (string= clean (reverse clean))))
(print (reverse-string "hello"))
(print (palindrome-p "A man, a plan, a canal: Panama"))
(print (palindrome-p "Lisp"))
(print (string-upcase "shout"))
(print (string-capitalize "hello big world"))
(print (string-trim " " "   padded   "))
(print (search "lo" "hello world"))
(print (position #\o "hello world"))
(print (subseq "abcdefgh" 2 5))
(print (concatenate 'string "foo" "bar" "baz"))
(print (parse-integer "  42  "))
(print (parse-integer "123abc" :junk-allowed t))
(print (string< "apple" "banana"))
(print (char-upcase #\a))
(print (coerce "abc" 'list))
(print (coerce '(#\x #\y) 'string))
(print (count #\s "mississippi"))
(print (substitute #\- #\Space "a b c"))
(format t "~%~a has ~d characters~%" "Babbage" (length "Babbage"))
; expect: 
; expect: "olleh" 
; expect: T 
; expect: NIL 
; expect: "SHOUT" 
; expect: "Hello Big World" 
; expect: "padded" 
; expect: 3 
; expect: 4 
; expect: "cde" 
; expect: "foobarbaz" 
; expect: 42 
; expect: 123 
; expect: 0 
; expect: #\A 
; expect: (#\a #\b #\c) 
; expect: "xy" 
; expect: 4 
; expect: "a-b-c" 
; expect: Babbage has 7 characters
