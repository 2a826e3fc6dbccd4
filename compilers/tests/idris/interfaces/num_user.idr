-- A Num implementation (+, *, fromInteger) for a user type of two-component vectors; an integer
-- literal becomes a value of the type through fromInteger. Worked by hand:
-- (1, 2) + (3, 4) = (4, 6); (1, 2) * 3 = (3, 6) with 3 read as (3, 3).
-- expect: V 4 6
-- expect: V 3 6
data V2 = V Integer Integer

Show V2 where
  showPrec d (V x y) = showCon d "V" (showArg x ++ showArg y)

Num V2 where
  (V a b) + (V c d) = V (a + c) (b + d)
  (V a b) * (V c d) = V (a * c) (b * d)
  fromInteger n = V n n

main : IO ()
main = do
  printLn (V 1 2 + V 3 4)
  printLn (V 1 2 * 3)
