-- A binary search tree: insert, member, in-order traversal, height, and a fold.
data Tree a = Leaf | Node (Tree a) a (Tree a) deriving Show

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l v r)
  | x < v = Node (insert x l) v r
  | x > v = Node l v (insert x r)
  | otherwise = t

member :: Ord a => a -> Tree a -> Bool
member _ Leaf = False
member x (Node l v r)
  | x < v = member x l
  | x > v = member x r
  | otherwise = True

toList :: Tree a -> [a]
toList Leaf = []
toList (Node l v r) = toList l ++ [v] ++ toList r

height :: Tree a -> Int
height Leaf = 0
height (Node l _ r) = 1 + max (height l) (height r)

foldTree :: (b -> a -> b -> b) -> b -> Tree a -> b
foldTree _ z Leaf = z
foldTree f z (Node l v r) = f (foldTree f z l) v (foldTree f z r)

fromList :: Ord a => [a] -> Tree a
fromList = foldl (flip insert) Leaf

main :: IO ()
main = do
  let t = fromList [50, 30, 70, 20, 40, 60, 80, 30]
  print (toList t)
  print (member 40 t, member 45 t)
  print (height t)
  print (foldTree (\l v r -> l + v + r) 0 t)
  print (fromList "bac")
  print (height (fromList [1 .. 100 :: Int]))
-- expect: [20,30,40,50,60,70,80]
-- expect: (True,False)
-- expect: 3
-- expect: 350
-- expect: Node (Node Leaf 'a' Leaf) 'b' (Node Leaf 'c' Leaf)
-- expect: 100
