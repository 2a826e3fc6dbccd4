-- show of a Double outside 0.1 .. 10^7: one digit, a point, the rest (or 0) and e with the exponent.
main :: IO ()
main = do
  print (1.0e-2 :: Double)
  print (1.0e7 :: Double)
  print (12345678.9 :: Double)
  print (5.0e-324 :: Double)
  print (1.5e-323 :: Double)
  print (1.7976931348623157e308 :: Double)
  print (2.2250738585072014e-308 :: Double)
  print (6.02214076e23 :: Double, 6.62607015e-34 :: Double)
  print (0.099999 :: Double)
-- expect: 1.0e-2
-- expect: 1.0e7
-- expect: 1.23456789e7
-- expect: 5.0e-324
-- expect: 1.5e-323
-- expect: 1.7976931348623157e308
-- expect: 2.2250738585072014e-308
-- expect: (6.02214076e23,6.62607015e-34)
-- expect: 9.9999e-2
