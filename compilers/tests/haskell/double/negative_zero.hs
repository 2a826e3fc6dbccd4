-- Negating the literal 0 at Double is negate (fromInteger 0): minus zero, which show prints with its sign
-- and which sends a division to minus infinity.
main :: IO ()
main = do
  let z = -0 :: Double
  print z
  print (1 / z)
  print ((-0) ** (-1) :: Double)
  print (-0.0 :: Double, - 0 :: Double, negate 0 :: Double)
  print (-0 :: Int, -0 :: Integer)
  print (isNegativeZero z, z == 0)
-- expect: -0.0
-- expect: -Infinity
-- expect: -Infinity
-- expect: (-0.0,-0.0,-0.0)
-- expect: (0,0)
-- expect: (True,True)
