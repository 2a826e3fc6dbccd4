-- A binary search tree whose constructors are Tip and Bin (the names Data.Map's own tree uses inside).
data Tree a = Tip | Bin (Tree a) a (Tree a) deriving Show

data R = R Int Int deriving (Show, Eq)

insert :: Ord a => a -> Tree a -> Tree a
insert x Tip = Bin Tip x Tip
insert x t@(Bin l y r)
  | x < y = Bin (insert x l) y r
  | x > y = Bin l y (insert x r)
  | otherwise = t

toList :: Tree a -> [a]
toList Tip = []
toList (Bin l x r) = toList l ++ [x] ++ toList r

main :: IO ()
main = do
  let t = foldr insert Tip [5, 2, 8, 1, 9, 2 :: Int]
  print t
  print (toList t)
  print (R 1 2, R 1 2 == R 2 1)
-- expect: Bin (Bin Tip 1 Tip) 2 (Bin (Bin (Bin Tip 5 Tip) 8 Tip) 9 Tip)
-- expect: [1,2,5,8,9]
-- expect: (R 1 2,False)
