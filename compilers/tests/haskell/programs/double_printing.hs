-- Double printing: show of small, large, negative, integral-valued and special values.
main :: IO ()
main = do
  print [0.1, 1.0, 1.5e-2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e7, 1.0e-2, 9999999.0, 12345678.9]
  print [1e21, 1e22, 5.0e-324, 1.7976931348623157e308, -0.0, 100, 0.5e-3]
  print (fromIntegral (3 :: Int) / 2 :: Double, realToFrac (1.25 :: Double) :: Double)
  print (1 / 0 :: Double, -1 / 0 :: Double, isNaN (0 / 0 :: Double))
  print (truncate (1e10 :: Double) :: Int, round 2.5 :: Int, round 3.5 :: Int, round (-2.5) :: Int)
  print (floor (-0.5) :: Int, ceiling 2.000001 :: Int, properFraction (-3.75 :: Double) :: (Int, Double))
  print (sqrt 2 :: Double, exp 1 :: Double, pi :: Double, 2 ** 0.5 :: Double, logBase 2 1024 :: Double)
  print (sin 1e6 :: Double, cos 1e10 :: Double, sin (-3) :: Double, cos 0.5 :: Double)
  print (showsPrec 7 (-1.5 :: Double) "", [Just (-2.0)], (-1.0e-4, 2.0e-4) :: (Double, Double))
  print (minimum [3.5, -0.25, 2], maximum [1e-3, 1e-4], abs (-7.25), signum (-0.0 :: Double))
  print (toEnum 65 :: Char, fromEnum 'z', [1.0, 1.5 .. 3.0 :: Double])
  print (decodeFloat (0.1 :: Double), significand (8 :: Double), exponent (8 :: Double))
-- expect: [0.1,1.0,1.5e-2,0.30000000000000004,0.3333333333333333,0.6666666666666666,1.0e7,1.0e-2,9999999.0,1.23456789e7]
-- expect: [1.0e21,1.0e22,5.0e-324,1.7976931348623157e308,-0.0,100.0,5.0e-4]
-- expect: (1.5,1.25)
-- expect: (Infinity,-Infinity,True)
-- expect: (10000000000,2,4,-2)
-- expect: (-1,3,(-3,-0.75))
-- expect: (1.4142135623730951,2.718281828459045,3.141592653589793,1.4142135623730951,10.0)
-- expect: (-0.34999350217129294,0.873119622676856,-0.1411200080598672,0.8775825618903728)
-- expect: ("(-1.5)",[Just (-2.0)],(-1.0e-4,2.0e-4))
-- expect: (-0.25,1.0e-3,7.25,-0.0)
-- expect: ('A',122,[1.0,1.5,2.0,2.5,3.0])
-- expect: ((7205759403792794,-56),0.5,4)
