-- fromIntegral, realToFrac, toEnum and fromEnum between Int, Integer and Double.
main :: IO ()
main = do
  let n = 7 :: Int
      big = 2 ^ 70 :: Integer
  print (fromIntegral n / 2 :: Double)
  print (fromIntegral big :: Double)
  print (fromIntegral (2 ^ 53 + 1 :: Integer) :: Double)
  print (realToFrac (1.5 :: Double) :: Double)
  print (realToFrac n :: Double)
  print (toEnum 65 :: Double, fromEnum (3.99 :: Double), fromEnum (-3.99 :: Double))
  print (fromIntegral (length [1, 2, 3]) / 2 :: Double)
-- expect: 3.5
-- expect: 1.1805916207174113e21
-- expect: 9.007199254740992e15
-- expect: 1.5
-- expect: 7.0
-- expect: (65.0,3,-3)
-- expect: 1.5
