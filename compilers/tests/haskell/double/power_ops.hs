-- The three powers: ^ (a natural exponent), ^^ (any integer exponent) and ** (Floating).
main :: IO ()
main = do
  print (1.5 ^ 3 :: Double)
  print (2 ^^ (-3) :: Double, 10 ^^ 3 :: Double)
  print (2 ** 0.5 :: Double, 8 ** (1 / 3) :: Double)
  print (0.1 ^ 10 :: Double)
-- expect: 3.375
-- expect: (0.125,1000.0)
-- expect: (1.4142135623730951,2.0)
-- expect: 1.0000000000000011e-10
