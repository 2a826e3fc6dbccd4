-- sin, cos, tan, their inverses and the hyperbolic functions at Double.
main :: IO ()
main = do
  print (pi :: Double)
  print (sin 0 :: Double, cos 0 :: Double)
  print (sin 1 :: Double, cos 1 :: Double, tan 1 :: Double)
  print (asin 1 :: Double, acos 0 :: Double, atan 1 :: Double)
  print (sinh 1 :: Double, cosh 1 :: Double, tanh 1 :: Double)
  print (sin (pi / 6) :: Double)
  print (atan 0.5 * 4 :: Double)
-- expect: 3.141592653589793
-- expect: (0.0,1.0)
-- expect: (0.8414709848078965,0.5403023058681398,1.5574077246549023)
-- expect: (1.5707963267948966,1.5707963267948966,0.7853981633974483)
-- expect: (1.1752011936438014,1.5430806348152437,0.7615941559557649)
-- expect: 0.49999999999999994
-- expect: 1.8545904360032244
