-- Bubble sort: passes of swaps until nothing changes, counting the passes.
pass :: Ord a => [a] -> ([a], Bool)
pass (x : y : rest)
  | x > y = let (r, _) = pass (x : rest) in (y : r, True)
  | otherwise = let (r, s) = pass (y : rest) in (x : r, s)
pass xs = (xs, False)

bubble :: Ord a => [a] -> ([a], Int)
bubble xs = case pass xs of
  (ys, False) -> (ys, 1)
  (ys, True) -> let (zs, n) = bubble ys in (zs, n + 1)

main :: IO ()
main = do
  print (bubble [5, 1, 4, 2, 8])
  print (bubble [1, 2, 3])
  print (bubble "bubble")
-- expect: ([1,2,4,5,8],3)
-- expect: ([1,2,3],1)
-- expect: ("bbbelu",3)
