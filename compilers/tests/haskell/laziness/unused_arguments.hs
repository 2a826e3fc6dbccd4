-- Arguments a function does not need are never evaluated, however its loops are compiled: an
-- accumulator given `undefined`, a division by zero, an Integer that would outgrow the Engine's 50
-- digits, or an infinite list stays unevaluated when the path that would use it is not taken.
pick :: Int -> Int -> Int
pick a b = if b > 0 then a else 0

countDown :: Int -> Int -> Int
countDown start n = go start n
  where
    go acc k
      | k == 0 = 0
      | otherwise = go (acc + k) (k - 1)

halves :: Int -> Int
halves n = go 1 n
  where
    go acc k
      | k == 0 = 0
      | otherwise = go (acc `div` 0) (k - 1)

squares :: Int -> Integer
squares n = go 10 n
  where
    go :: Integer -> Int -> Integer
    go acc k
      | k == 0 = 1
      | otherwise = go (acc * acc) (k - 1)

firstOr :: Int -> [Int] -> Int
firstOr d xs = go xs (length xs)
  where
    go ys len = if d > 0 then d else head ys + len

main :: IO ()
main = do
  print (pick undefined 0)
  print (pick 5 1)
  print (countDown undefined 10)
  print (halves 20)
  print (squares 40)
  print (firstOr 3 [1 ..])
  print (False && undefined, True || undefined)
-- expect: 0
-- expect: 5
-- expect: 0
-- expect: 0
-- expect: 1
-- expect: 3
-- expect: (False,True)
