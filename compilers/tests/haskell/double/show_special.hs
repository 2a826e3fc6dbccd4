-- NaN, the infinities and the negative zero print as GHC's show does.
main :: IO ()
main = do
  let inf = 1 / 0 :: Double
      nan = 0 / 0 :: Double
  print inf
  print (negate inf)
  print nan
  print (negate 0 :: Double)
  print [inf, nan, -0.0]
  print (Just (-0.0 :: Double))
-- expect: Infinity
-- expect: -Infinity
-- expect: NaN
-- expect: -0.0
-- expect: [Infinity,NaN,-0.0]
-- expect: Just (-0.0)
