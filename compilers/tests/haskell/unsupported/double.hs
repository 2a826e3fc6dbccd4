-- Double is not in this compiler's subset yet (README: a diagnostic at the first float literal). GHC
-- builds this program and prints, one line each:
--   0.30000000000000004
--   0.3333333333333333
--   (2.5,100.0,1.0e7,5.0e-2)
--   (1.0e-2,1.23456789e7,-0.5)
--   1.4142135623730951
--   1.5
--   (-2,2,4)
--   (-3,3)
--   0.30000000000000004
-- error: 15:10: floating-point numbers (Double) are not supported yet
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
