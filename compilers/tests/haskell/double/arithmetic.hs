-- Double arithmetic: + - * / rounded once, as IEEE 754 binary64.
main :: IO ()
main = do
  print (0.1 + 0.2 :: Double)
  print (1 - 0.9 :: Double)
  print (1.1 * 1.1 :: Double)
  print (10 / 4 :: Double, 2 / 3 :: Double)
  print (1.0e308 * 10 :: Double)
  print (negate 2.5 :: Double, abs (-3.25) :: Double)
  print (signum (-2.0) :: Double, signum 0.0 :: Double, signum 7.5 :: Double)
-- expect: 0.30000000000000004
-- expect: 9.999999999999998e-2
-- expect: 1.2100000000000002
-- expect: (2.5,0.6666666666666666)
-- expect: Infinity
-- expect: (-2.5,3.25)
-- expect: (-1.0,0.0,1.0)
