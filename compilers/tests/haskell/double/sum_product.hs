-- sum and product of Doubles accumulate left to right, with their rounding errors.
main :: IO ()
main = do
  print (sum (replicate 10 0.1) :: Double)
  print (product [1.5, 2, 2.5 :: Double])
  print (sum [1 / fromIntegral k | k <- [1 .. 20 :: Int]] :: Double)
  print (foldr (+) 0 [0.1, 0.2, 0.3 :: Double], foldl (+) 0 [0.1, 0.2, 0.3 :: Double])
-- expect: 0.9999999999999999
-- expect: 7.5
-- expect: 3.597739657143682
-- expect: (0.6,0.6000000000000001)
