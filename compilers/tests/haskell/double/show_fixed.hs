-- show of a Double from 0.1 up to 10^7: fixed notation, the shortest digits that read back.
main :: IO ()
main = do
  print (0.1 :: Double)
  print (1 :: Double)
  print (1234567 :: Double)
  print (9999999.5 :: Double)
  print (3.0e-1 :: Double)
  print (123.456 :: Double)
  mapM_ print [0.5, 42.125, 1 / 7, 100, 2 / 3 :: Double]
-- expect: 0.1
-- expect: 1.0
-- expect: 1234567.0
-- expect: 9999999.5
-- expect: 0.3
-- expect: 123.456
-- expect: 0.5
-- expect: 42.125
-- expect: 0.14285714285714285
-- expect: 100.0
-- expect: 0.6666666666666666
