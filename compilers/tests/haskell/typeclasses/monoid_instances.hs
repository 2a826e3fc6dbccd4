-- A program's own Semigroup and Monoid instances, and mconcat over them.
newtype MaxI = MaxI Int deriving Show

instance Semigroup MaxI where
  MaxI a <> MaxI b = MaxI (max a b)

instance Monoid MaxI where
  mempty = MaxI minBound

data V2 = V2 Int Int deriving (Show, Eq)

instance Semigroup V2 where
  V2 a b <> V2 c d = V2 (a + c) (b + d)

instance Monoid V2 where
  mempty = V2 0 0

main :: IO ()
main = do
  print (mconcat (map MaxI [3, 9, 2]), mempty :: MaxI)
  print (mconcat [V2 1 2, V2 3 4, V2 5 6], V2 1 1 <> mempty == V2 1 1)
  print (foldMap' show [1, 2, 3 :: Int])
  where
    foldMap' f = mconcat . map f
-- expect: (MaxI 9,MaxI (-9223372036854775808))
-- expect: (V2 9 12,True)
-- expect: "123"
