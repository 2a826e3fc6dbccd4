-- [x .. y] on Double steps by 1 and goes on up to y + 1/2.
main :: IO ()
main = do
  print [1.0 .. 5.0 :: Double]
  print [0.5 .. 3 :: Double]
  print [1 .. 3.5 :: Double]
  print (take 4 [0.25 ..] :: [Double])
  print (succ 1.5 :: Double, pred 1.5 :: Double)
-- expect: [1.0,2.0,3.0,4.0,5.0]
-- expect: [0.5,1.5,2.5,3.5]
-- expect: [1.0,2.0,3.0,4.0]
-- expect: [0.25,1.25,2.25,3.25]
-- expect: (2.5,0.5)
