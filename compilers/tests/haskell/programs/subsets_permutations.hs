-- All subsets, all permutations, and combinations of k elements.
subsets :: [a] -> [[a]]
subsets [] = [[]]
subsets (x : xs) = let rest = subsets xs in rest ++ map (x :) rest

permutations' :: Eq a => [a] -> [[a]]
permutations' [] = [[]]
permutations' xs = [x : p | x <- xs, p <- permutations' (filter (/= x) xs)]

choose :: Int -> [a] -> [[a]]
choose 0 _ = [[]]
choose _ [] = []
choose k (x : xs) = map (x :) (choose (k - 1) xs) ++ choose k xs

main :: IO ()
main = do
  print (subsets [1, 2, 3])
  print (permutations' "abc")
  print (choose 2 [1 .. 4])
  print (length (permutations' [1 .. 6]), length (subsets [1 .. 10]))
-- expect: [[],[3],[2],[2,3],[1],[1,3],[1,2],[1,2,3]]
-- expect: ["abc","acb","bac","bca","cab","cba"]
-- expect: [[1,2],[1,3],[1,4],[2,3],[2,4],[3,4]]
-- expect: (720,1024)
