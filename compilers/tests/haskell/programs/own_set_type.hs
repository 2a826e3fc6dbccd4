-- A program's own Set type: Data.Set is not imported, so its Set is not in scope and the name is free.
data Set a = Empty | Node (Set a) a (Set a)

insert :: Ord a => a -> Set a -> Set a
insert x Empty = Node Empty x Empty
insert x t@(Node l y r)
  | x < y = Node (insert x l) y r
  | x > y = Node l y (insert x r)
  | otherwise = t

size :: Set a -> Int
size Empty = 0
size (Node l _ r) = size l + 1 + size r

main :: IO ()
main = do
  let s = foldr insert Empty [3, 1, 4, 1, 5, 9, 2, 6 :: Int]
  print (size s)
  print (toList s)

toList :: Set a -> [a]
toList Empty = []
toList (Node l x r) = toList l ++ [x] ++ toList r
-- expect: 7
-- expect: [1,2,3,4,5,6,9]
