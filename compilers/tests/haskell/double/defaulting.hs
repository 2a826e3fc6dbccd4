-- Defaulting as GHC's default (Integer, Double): a Fractional or Floating constraint makes Double.
main :: IO ()
main = do
  print (1 / 2)
  print (sqrt 2)
  print (2 ^ 10, 2 ** 10)
  print (3.0)
  print (pi)
  let x = 7
  print (x / 2)
-- expect: 0.5
-- expect: 1.4142135623730951
-- expect: (1024,1024.0)
-- expect: 3.0
-- expect: 3.141592653589793
-- expect: 3.5
