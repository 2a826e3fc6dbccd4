-- read at Double: GHC's number syntax (a point, an exponent with its sign), NaN and Infinity, a minus,
-- parentheses, lists; the nearest double to long decimals and to halfway cases.
main :: IO ()
main = do
  print (read "3.25" :: Double, read "-1.5e-3" :: Double, read "42" :: Double)
  print (read " 1E10 " :: Double, read "(2.5)" :: Double, read "1e+3" :: Double)
  print (map read ["0.1", "123456789012345678901234567890", "2.4703282292062328e-324", "1e400"] :: [Double])
  print (read "[1.5,2,-3.0e2]" :: [Double])
  print (read "NaN" :: Double, read "-Infinity" :: Double, read "0.000" :: Double)
  print (reads "2.5 rest" :: [(Double, String)], reads "1.x" :: [(Double, String)])
  print (read "7.0e-2" + 1 :: Double)
-- expect: (3.25,-1.5e-3,42.0)
-- expect: (1.0e10,2.5,1000.0)
-- expect: [0.1,1.2345678901234568e29,5.0e-324,Infinity]
-- expect: [1.5,2.0,-300.0]
-- expect: (NaN,-Infinity,0.0)
-- expect: ([(2.5," rest")],[(1.0,".x")])
-- expect: 1.07
