-- The forms of a floating literal: a point, an exponent with and without a sign, both.
main :: IO ()
main = do
  print (1.5 :: Double, 1e10 :: Double, 2.5e-3 :: Double, 1E3 :: Double, 3e+2 :: Double)
  print (0.000123 :: Double, 123456789012345678 :: Double)
  print (1.00000000000000011 :: Double, 9007199254740993 :: Double)
-- expect: (1.5,1.0e10,2.5e-3,1000.0,300.0)
-- expect: (1.23e-4,1.2345678901234568e17)
-- expect: (1.0,9.007199254740992e15)
