-- The classic two-line quicksort with list comprehensions.
quicksort :: Ord a => [a] -> [a]
quicksort [] = []
quicksort (p : xs) = quicksort [x | x <- xs, x < p] ++ [p] ++ quicksort [x | x <- xs, x >= p]

main :: IO ()
main = do
  print (quicksort [3, 6, 1, 8, 2, 9, 4, 7, 5, 0])
  print (quicksort "the analytical engine")
  print (quicksort [5, 5, 1, 5, 1])
-- expect: [0,1,2,3,4,5,6,7,8,9]
-- expect: "  aaaceeeghiillnnntty"
-- expect: [1,1,5,5,5]
