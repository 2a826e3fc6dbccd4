-- RealFloat at Double as GHC has it: decodeFloat (a subnormal normalised, an infinity and a NaN taken
-- apart too), encodeFloat (rounded once, subnormals too), significand, exponent, the float constants,
-- isDenormalized, isIEEE and scaleFloat.
main :: IO ()
main = do
  print (map decodeFloat [0, -0.0, 1, 0.1, -2.5, 5.0e-324, 1.0e-310, 1/0, -1/0, 0/0, 1.7976931348623157e308 :: Double])
  print (map significand [0, 1, 0.1, -2.5, 5.0e-324, 1/0 :: Double], map exponent [0, 1, 0.1, -2.5, 5.0e-324, 1/0 :: Double])
  print (encodeFloat 1 (-1074) :: Double, encodeFloat 3 (-1075) :: Double, encodeFloat 1 1024 :: Double, encodeFloat (2^60+1) 0 :: Double, encodeFloat (-5) 3 :: Double)
  print (floatDigits (1 :: Double), floatRadix (1 :: Double), floatRange (1 :: Double), isDenormalized (1.0e-310 :: Double), isIEEE (1 :: Double))
  print (scaleFloat 3 (1.5 :: Double), scaleFloat (-1080) (1 :: Double), scaleFloat 5000 (1 :: Double), scaleFloat (-3) (0/0 :: Double))
-- expect: [(0,0),(0,0),(4503599627370496,-52),(7205759403792794,-56),(-5629499534213120,-51),(4503599627370496,-1126),(5181497684667136,-1082),(4503599627370496,972),(-4503599627370496,972),(-6755399441055744,972),(9007199254740991,971)]
-- expect: ([0.0,0.5,0.8,-0.625,0.5,0.5],[0,1,-3,2,-1073,1025])
-- expect: (5.0e-324,1.0e-323,Infinity,1.152921504606847e18,-40.0)
-- expect: (53,2,(-1021,1024),True,True)
-- expect: (12.0,0.0,Infinity,NaN)
