-- A search with no equation for the empty list: it works on an infinite list, and fails on a finite one that has no match.
firstOver :: Int -> [Int] -> Int
firstOver n (x : xs)
  | x > n = x
  | otherwise = firstOver n xs

main :: IO ()
main = do
  print (firstOver 100 [1, 3 ..])
  print (firstOver 10 [1 .. 5])
-- expect: 101
-- GHC reports on stderr: partial_search.hs:(3,1)-(5,30): Non-exhaustive patterns in function firstOver
-- expect runtime error: trap
-- expect exit: 1
