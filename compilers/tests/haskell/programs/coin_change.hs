-- Counting the ways to make change, by recursion and by a lazily built table.
-- max-steps: 60000000
ways :: Int -> [Int] -> Integer
ways 0 _ = 1
ways _ [] = 0
ways n coins@(c : rest)
  | n < 0 = 0
  | otherwise = ways (n - c) coins + ways n rest

waysTable :: Int -> [Int] -> Integer
waysTable n coins = foldr addCoin base coins !! n
  where
    base = 1 : repeat 0
    addCoin c table = result
      where
        result = zipWith (+) table (replicate c 0 ++ result)

main :: IO ()
main = do
  print (ways 100 [50, 25, 10, 5, 1])
  print (waysTable 100 [50, 25, 10, 5, 1])
  print (waysTable 1000 [200, 100, 50, 20, 10, 5, 2, 1])
-- expect: 292
-- expect: 292
-- expect: 321335886
