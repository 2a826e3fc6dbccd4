-- A hand-written Show instance, used by print and by show on lists of the type.
data Fraction = Fraction Integer Integer

instance Show Fraction where
  show (Fraction n d) = show n ++ "/" ++ show d

add :: Fraction -> Fraction -> Fraction
add (Fraction a b) (Fraction c d) = Fraction (n `div` g) (m `div` g)
  where
    n = a * d + c * b
    m = b * d
    g = gcd n m

main :: IO ()
main = do
  print (Fraction 1 2)
  print (add (Fraction 1 2) (Fraction 1 3))
  print [Fraction 1 4, Fraction 3 4]
  print (Just (Fraction 2 3))
  print (foldr add (Fraction 0 1) [Fraction 1 n | n <- [1 .. 6]])
-- expect: 1/2
-- expect: 5/6
-- expect: [1/4,3/4]
-- expect: Just 2/3
-- expect: 49/20
