(defun gcd2 (a b)
  (if (= b 0)
      a
      (gcd2 b (mod a b))))

(print (gcd2 1071 462))
