-- asinh, acosh and atanh at Double (glibc's, as GHC calls them), and sinh, cosh and tanh at arguments
-- where the correctly rounded result differs from glibc's in the last place.
main :: IO ()
main = do
  print (asinh 0 :: Double, asinh 1 :: Double, asinh (-2.5) :: Double)
  print (acosh 1 :: Double, acosh 2 :: Double, acosh 10.75 :: Double)
  print (atanh 0 :: Double, atanh 0.5 :: Double, atanh (-0.9) :: Double)
  print (asinh 1.0e300 :: Double, acosh 3.0e9 :: Double, asinh 1.0e-20 :: Double)
  print (atanh 1 :: Double, isNaN (acosh 0.5 :: Double), isNaN (atanh 2 :: Double))
  print (map asinh [0.1, 0.2 .. 1.0 :: Double])
  print (map (\x -> (sinh x, cosh x, tanh x)) [-19.120398760164925, 8.610457475125255, 0.34265339702352904 :: Double])
  print (map (\x -> sinh x / cosh x - tanh x) [0.5, 1.5, 2.5 :: Double])
-- expect: (0.0,0.881373587019543,-1.6472311463710958)
-- expect: (0.0,1.3169578969248166,3.0658825496572493)
-- expect: (0.0,0.5493061443340548,-1.4722194895832204)
-- expect: (691.4686750787736,22.515025306174465,1.0e-20)
-- expect: (Infinity,True,True)
-- expect: [9.983407889920758e-2,0.19869011034924142,0.2956730475634225,0.39003531977071526,0.48121182505960347,0.5688248987322475,0.6526665660823558,0.732668256045411,0.8088669356527824,0.881373587019543]
-- expect: [(-1.0065924709545791e8,1.0065924709545793e8,-1.0),(2744.3794460446024,2744.379628235146,0.9999999336132138),(0.3493981037832652,1.059282320690448,0.3298441755881708)]
-- expect: [5.551115123125783e-17,0.0,1.1102230246251565e-16]
