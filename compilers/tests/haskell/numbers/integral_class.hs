-- Functions over any Integral type, with fromIntegral and toInteger between Int and Integer.
digitSum :: Integral a => a -> a
digitSum 0 = 0
digitSum n = n `mod` 10 + digitSum (n `div` 10)

average :: [Int] -> Integer
average xs = toInteger (sum xs) `div` fromIntegral (length xs)

main :: IO ()
main = do
  print (digitSum (1843 :: Int), digitSum (2 ^ 100 :: Integer))
  print (average [10, 20, 35])
  print (fromIntegral (length "engine") * (10 ^ 20 :: Integer))
  print (even (7 :: Int), odd (7 :: Integer), gcd 12 (18 :: Int))
  print (toInteger (maxBound :: Int) + 1)
-- expect: (16,115)
-- expect: 21
-- expect: 600000000000000000000
-- expect: (False,True,6)
-- expect: 9223372036854775808
