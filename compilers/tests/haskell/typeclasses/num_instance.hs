-- A Num instance: arithmetic on vectors with the ordinary operators.
data V2 = V2 Integer Integer deriving (Show, Eq)

instance Num V2 where
  V2 a b + V2 c d = V2 (a + c) (b + d)
  V2 a b * V2 c d = V2 (a * c) (b * d)
  negate (V2 a b) = V2 (negate a) (negate b)
  abs (V2 a b) = V2 (abs a) (abs b)
  signum (V2 a b) = V2 (signum a) (signum b)
  fromInteger n = V2 n n

main :: IO ()
main = do
  print (V2 1 2 + V2 10 20)
  print (V2 1 2 * 3)
  print (V2 5 (-5) - V2 1 1)
  print (sum [V2 1 1, V2 2 2, V2 3 3])
  print (abs (V2 (-3) 4))
-- expect: V2 11 22
-- expect: V2 3 6
-- expect: V2 4 (-6)
-- expect: V2 6 6
-- expect: V2 3 4
