-- Functions defined in where and let, including local recursion.
sumSquares :: Int -> Int
sumSquares n = go 1 0
  where
    go i acc
      | i > n = acc
      | otherwise = go (i + 1) (acc + sq i)
    sq x = x * x

main :: IO ()
main = do
  print (sumSquares 10)
  let fact :: Integer -> Integer
      fact 0 = 1
      fact k = k * fact (k - 1)
  print (fact 20)
-- expect: 385
-- expect: 2432902008176640000
