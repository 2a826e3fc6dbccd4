-- Functions over Fractional and Floating, used at Double.
average :: Fractional a => a -> a -> a
average x y = (x + y) / 2

hypotenuse :: Floating a => a -> a -> a
hypotenuse a b = sqrt (a * a + b * b)

scale :: (Real a, Fractional b) => a -> b
scale x = realToFrac x * 1.5

main :: IO ()
main = do
  print (average 1 2 :: Double)
  print (hypotenuse 3 4 :: Double)
  print (hypotenuse 1 1)
  print (scale (4 :: Int) :: Double)
-- expect: 1.5
-- expect: 5.0
-- expect: 1.4142135623730951
-- expect: 6.0
