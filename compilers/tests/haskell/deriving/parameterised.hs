-- Derived instances for a parameterised type need the parameter's instance.
data Pair a b = Pair a b deriving (Show, Eq, Ord)
data Tree a = Leaf | Node (Tree a) a (Tree a) deriving (Show, Eq)

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r)
  | x < y = Node (insert x l) y r
  | x > y = Node l y (insert x r)
  | otherwise = t

main :: IO ()
main = do
  print (Pair 'a' [True])
  print (Pair (Pair 1 2) (-3))
  print (Pair 1 "b" < Pair 1 "c")
  print (foldr insert Leaf [3, 1, 2 :: Int])
  print (foldr insert Leaf "ba" == foldr insert Leaf "ab")
-- expect: Pair 'a' [True]
-- expect: Pair (Pair 1 2) (-3)
-- expect: True
-- expect: Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)
-- expect: False
