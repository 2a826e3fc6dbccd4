-- A Num instance for 2D vectors and a Show instance written by hand with showsPrec.
data V2 = V2 Double Double deriving Eq

instance Show V2 where
  showsPrec d (V2 x y) = showParen (d > 10) (showString "V2 " . showsPrec 11 x . showString " " . showsPrec 11 y)

instance Num V2 where
  V2 a b + V2 c d = V2 (a + c) (b + d)
  V2 a b * V2 c d = V2 (a * c) (b * d)
  abs (V2 a b) = V2 (abs a) (abs b)
  signum (V2 a b) = V2 (signum a) (signum b)
  fromInteger n = V2 (fromInteger n) (fromInteger n)
  negate (V2 a b) = V2 (negate a) (negate b)

norm :: V2 -> Double
norm (V2 x y) = sqrt (x * x + y * y)

main :: IO ()
main = do
  let u = V2 1.5 (-2)
      v = V2 (-0.5) 4
  print (u + v, u - v, u * 2, negate u)
  print (Just (abs u), [signum v])
  print (sum [u, v, 1], norm (u - v))
-- expect: (V2 1.0 2.0,V2 2.0 (-6.0),V2 3.0 (-4.0),V2 (-1.5) 2.0)
-- expect: (Just (V2 1.5 2.0),[V2 (-1.0) 1.0])
-- expect: (V2 2.0 3.0,6.324555320336759)
