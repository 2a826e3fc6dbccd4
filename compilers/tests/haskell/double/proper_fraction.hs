-- properFraction splits a Double into its integer part (toward zero) and the rest, of the same sign.
main :: IO ()
main = do
  print (properFraction (3.75 :: Double) :: (Integer, Double))
  print (properFraction (-3.75 :: Double) :: (Int, Double))
  print (properFraction (0.1 :: Double) :: (Integer, Double))
  let (n, f) = properFraction (123.456 :: Double) :: (Integer, Double)
  print n
  print f
-- expect: (3,0.75)
-- expect: (-3,-0.75)
-- expect: (0,0.1)
-- expect: 123
-- expect: 0.45600000000000307
