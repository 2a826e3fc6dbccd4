-- atan2 in every quadrant, on the axes and with signed zeros (GHC's definition in terms of atan).
main :: IO ()
main = do
  print (atan2 1 1 :: Double)
  print (atan2 1 (-1) :: Double)
  print (atan2 (-1) (-1) :: Double)
  print (atan2 (-1) 1 :: Double)
  print (atan2 1 0 :: Double, atan2 0 (-1) :: Double)
  print (atan2 (-0.0) (-1) :: Double, atan2 0 0 :: Double)
-- expect: 0.7853981633974483
-- expect: 2.356194490192345
-- expect: -2.356194490192345
-- expect: -0.7853981633974483
-- expect: (1.5707963267948966,3.141592653589793)
-- expect: (-3.141592653589793,0.0)
