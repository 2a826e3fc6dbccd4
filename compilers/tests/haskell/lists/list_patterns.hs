-- Nested list patterns and patterns on pairs inside lists.
pairs :: [a] -> [(a, a)]
pairs (x : y : rest) = (x, y) : pairs rest
pairs _ = []

sumPairs :: [(Int, Int)] -> [Int]
sumPairs [] = []
sumPairs ((a, b) : rest) = a + b : sumPairs rest

firstTwo :: [[Int]] -> String
firstTwo ([a] : [b, c] : _) = "singleton then pair: " ++ show (a, b, c)
firstTwo ((a : _) : _) = "starts with " ++ show a
firstTwo _ = "something else"

main :: IO ()
main = do
  print (pairs [1 .. 7])
  print (sumPairs (pairs [1 .. 6]))
  putStrLn (firstTwo [[1], [2, 3]])
  putStrLn (firstTwo [[4, 5]])
  putStrLn (firstTwo [[], [1]])
-- expect: [(1,2),(3,4),(5,6)]
-- expect: [3,7,11]
-- expect: singleton then pair: (1,2,3)
-- expect: starts with 4
-- expect: something else
