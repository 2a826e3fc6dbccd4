-- Quicksort recurses on filtered lists, which the checker cannot see are smaller; assert_smaller
-- says so (the qsort example of docs/source/tutorial/theorems.rst, Hints for totality), and the
-- function is accepted as total. Worked by hand.
-- expect: [1, 1, 3, 4, 5, 9]
%default total

qsort : List Integer -> List Integer
qsort [] = []
qsort (x :: xs) =
  qsort (assert_smaller (x :: xs) (filter (< x) xs)) ++
    (x :: qsort (assert_smaller (x :: xs) (filter (>= x) xs)))

main : IO ()
main = printLn (qsort [3, 1, 4, 1, 5, 9])
