-- recip and division by zero: infinities and NaN, not an error, as IEEE 754 says.
main :: IO ()
main = do
  print (recip 4 :: Double, recip 3 :: Double)
  print (1 / 0 :: Double, -1 / 0 :: Double, 0 / 0 :: Double)
  print (recip (-0.0) :: Double)
  print (1 / (1 / 0) :: Double)
-- expect: (0.25,0.3333333333333333)
-- expect: (Infinity,-Infinity,NaN)
-- expect: -Infinity
-- expect: 0.0
