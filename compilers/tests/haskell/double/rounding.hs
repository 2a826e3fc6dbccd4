-- truncate, round (a half to the even integer), floor and ceiling.
main :: IO ()
main = do
  let xs = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.6, -2.6, 3.49999 :: Double]
  print (map round xs :: [Integer])
  print (map truncate xs :: [Int])
  print (map floor xs :: [Integer])
  print (map ceiling xs :: [Integer])
  print (round (1.0e20 :: Double) :: Integer)
  print (truncate (-1.2345678912345e18 :: Double) :: Integer)
-- expect: [-2,-2,0,0,2,2,3,-3,3]
-- expect: [-2,-1,0,0,1,2,2,-2,3]
-- expect: [-3,-2,-1,0,1,2,2,-3,3]
-- expect: [-2,-1,0,1,2,3,3,-2,4]
-- expect: 100000000000000000000
-- expect: -1234567891234500096
