-- Derived Show puts negative numbers in constructor fields in parentheses.
data P = P Int Integer deriving Show
data Wrap = Wrap (Maybe Int) deriving Show

main :: IO ()
main = do
  print (P (-1) (-20))
  print (P 1 2)
  print (Wrap (Just (-3)))
  print [P 0 (-0), P (-5) 5]
  print (Just (P (-1) 1))
  print (Left (-2) :: Either Int Int)
-- expect: P (-1) (-20)
-- expect: P 1 2
-- expect: Wrap (Just (-3))
-- expect: [P 0 0,P (-5) 5]
-- expect: Just (P (-1) 1)
-- expect: Left (-2)
