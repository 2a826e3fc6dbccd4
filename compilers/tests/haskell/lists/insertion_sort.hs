-- Insertion sort by a fold.
insertSorted :: Ord a => a -> [a] -> [a]
insertSorted x [] = [x]
insertSorted x (y : ys)
  | x <= y = x : y : ys
  | otherwise = y : insertSorted x ys

isort :: Ord a => [a] -> [a]
isort = foldr insertSorted []

main :: IO ()
main = do
  print (isort [31, 41, 59, 26, 53, 58, 97, 93, 23, 84])
  print (isort "insertion")
  print (isort ([] :: [Int]))
-- expect: [23,26,31,41,53,58,59,84,93,97]
-- expect: "eiinnorst"
-- expect: []
