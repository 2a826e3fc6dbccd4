; A string with a fill pointer (element type character) built by vector-push-extend: it prints, compares
; and converts as the string of its active characters.
(defvar s (make-array 0 :element-type 'character :fill-pointer 0 :adjustable t))
(dolist (c (coerce "hello" 'list)) (vector-push-extend c s))
(print s)
(format t "~%[~a] [~s] [~10a]" s s s)
(terpri)
(write-string s)
(terpri)
(write-line s)
(princ s)
(print (list (length s) (char s 1) (aref s 4)))
(setf (char s 0) #\j)
(print s)
(print (list (string-upcase s) (string= s "jello") (equal s "jello") (equalp s "JELLO")))
(print (coerce s 'list))
(print (concatenate 'string s ", world"))
(print (list (reverse s) (subseq s 1 3) (position #\l s) (count #\l s) (remove #\l s)))
(print (map 'string #'char-upcase s))
(print (list (string s) (stringp s) (vectorp s) (typep s 'string) (type-of s) (array-total-size s)))
(print (vector-pop s))
(print (list s 1))
(print (list (search "el" s) (string-trim "j" s) (format nil "~a!" s) (prin1-to-string s)))
(defvar d (make-array 3 :element-type 'character :fill-pointer 1 :initial-contents "123"))
(print (list d (parse-integer d) (type-of d)))
(setf (fill-pointer d) 3)
(print (parse-integer d))
(print (string-downcase (make-array 2 :element-type 'character :initial-contents "AB" :adjustable t)))
(terpri)
; expect:
; expect: "hello" 
; expect: [hello] ["hello"] [hello     ]
; expect: hello
; expect: hello
; expect: hello
; expect: (5 #\e #\o) 
; expect: "jello" 
; expect: ("JELLO" T T T) 
; expect: (#\j #\e #\l #\l #\o) 
; expect: "jello, world" 
; expect: ("ollej" "el" 2 2 "jeo") 
; expect: "JELLO" 
; expect: ("jello" T T T (VECTOR CHARACTER 8) 8) 
; expect: #\o 
; expect: ("jell" 1) 
; expect: (1 "ell" "jell!" "\"jell\"") 
; expect: ("1" 1 (VECTOR CHARACTER 3)) 
; expect: 123 
; expect: "ab" 
