-- The Floating class at Double: exp, log, sqrt, powers and logarithms of exact cases.
main :: IO ()
main = do
  print (exp 0 :: Double, log 1 :: Double)
  print (exp 1 :: Double)
  print (log 10 :: Double)
  print (sqrt 16 :: Double, sqrt 2 :: Double)
  print (2 ** 0.5 :: Double, 10 ** (-2) :: Double)
  print (logBase 2 1024 :: Double)
  print (sqrt (-1) :: Double)
  print (log 0 :: Double)
-- expect: (1.0,0.0)
-- expect: 2.718281828459045
-- expect: 2.302585092994046
-- expect: (4.0,1.4142135623730951)
-- expect: (1.4142135623730951,1.0e-2)
-- expect: 10.0
-- expect: NaN
-- expect: -Infinity
