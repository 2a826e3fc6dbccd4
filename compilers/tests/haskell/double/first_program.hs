-- A first Double program: sums that show the rounding, the two notations of show, a square root,
-- conversions and the four roundings.
main :: IO ()
main = do
  print (0.1 + 0.2 :: Double)
  print (1 / 3 :: Double)
  print (2.5 :: Double, 100 :: Double, 1.0e7 :: Double, 0.05 :: Double)
  print (1.0e-2 :: Double, 12345678.9 :: Double, -0.5 :: Double)
  print (sqrt 2 :: Double)
  print (fromIntegral (3 :: Int) / 2 :: Double)
  print (truncate (-2.7 :: Double) :: Int, round (2.5 :: Double) :: Int, round (3.5 :: Double) :: Int)
  print (floor (-2.5 :: Double) :: Integer, ceiling (2.1 :: Double) :: Integer)
  print (sum [0.1, 0.1, 0.1 :: Double])
-- expect: 0.30000000000000004
-- expect: 0.3333333333333333
-- expect: (2.5,100.0,1.0e7,5.0e-2)
-- expect: (1.0e-2,1.23456789e7,-0.5)
-- expect: 1.4142135623730951
-- expect: 1.5
-- expect: (-2,2,4)
-- expect: (-3,3)
-- expect: 0.30000000000000004
