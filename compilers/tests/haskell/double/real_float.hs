-- isNaN, isInfinite and isNegativeZero.
main :: IO ()
main = do
  let xs = [0, -0.0, 1 / 0, -1 / 0, 0 / 0, 1.5 :: Double]
  print (map isNaN xs)
  print (map isInfinite xs)
  print (map isNegativeZero xs)
-- expect: [False,False,False,False,True,False]
-- expect: [False,False,True,True,False,False]
-- expect: [False,True,False,False,False,False]
