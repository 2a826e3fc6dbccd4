-- Comparisons with NaN are all False (but /=), compare gives GT; -0.0 equals 0.0.
main :: IO ()
main = do
  let nan = 0 / 0 :: Double
  print (nan == nan, nan /= nan, nan < 1, nan > 1, nan <= nan, nan >= 1)
  print (compare nan 1, compare 1 nan, compare 1 (2 :: Double))
  print (0 == (-0.0 :: Double), max 1 2.5 :: Double, min (-1) 2 :: Double)
  print (maximum [1, 5.5, 3 :: Double], minimum [2, -7.25 :: Double])
-- expect: (False,True,False,False,False,False)
-- expect: (GT,GT,LT)
-- expect: (True,2.5,-1.0)
-- expect: (5.5,-7.25)
