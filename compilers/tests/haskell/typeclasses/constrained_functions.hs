-- Functions with class constraints, used at several instance types.
largest :: Ord a => [a] -> a
largest = foldr1 max

showAll :: Show a => [a] -> String
showAll = unwords . map show

total :: Num a => [a] -> a
total = foldr (+) 0

count :: Eq a => a -> [a] -> Int
count x = length . filter (== x)

main :: IO ()
main = do
  print (largest [3, 9, 2], largest "engine", largest [(1, 'b'), (1, 'c')])
  putStrLn (showAll [1, 2, 3])
  putStrLn (showAll [Just True, Nothing])
  print (total [1, 2, 3] :: Int, total [10 ^ 20, 1] :: Integer)
  print (count 'e' "engine", count 3 [1, 3, 3])
-- expect: (9,'n',(1,'c'))
-- expect: 1 2 3
-- expect: Just True Nothing
-- expect: (6,100000000000000000001)
-- expect: (2,2)
