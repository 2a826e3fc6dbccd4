-- Foldable functions given a program's instance Foldable (by foldr or foldMap), a Maybe, an Either, a
-- pair and a Map: each the fold of the elements in GHC's order.
import qualified Data.Map as Map
import Data.Foldable (Foldable (..), toList)

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

data Chain a = End | Link a (Chain a)

instance Foldable Chain where
  foldMap _ End = mempty
  foldMap f (Link x rest) = f x <> foldMap f rest

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r)
  | x < y = Node (insert x l) y r
  | x > y = Node l y (insert x r)
  | otherwise = t

main :: IO ()
main = do
  let t = foldr insert Leaf [5, 3, 8, 1, 4, 7, 9 :: Int]
  print (sum t, product t, length t, maximum t, minimum t)
  print (elem 4 t, elem 6 t, toList t, null t, null (Leaf :: Tree Int))
  print (foldr (:) [] t, foldl (flip (:)) [] t, concatMap show t)
  mapM_ print (Node Leaf "x" Leaf)
  print (any even t, all (> 0) t, foldr1 (-) t)
  print (sum (Link 3 (Link 4 End)), toList (Link 'b' (Link 'c' End)), length (Link () End), maximum (Link 2 (Link 5 End)))
  print (length (Just 'x'), sum Nothing, elem 3 (Just 3), toList (Just 1), null Nothing)
  print (length (Right 'x' :: Either Int Char), sum (Left 1 :: Either Int Int), length (1, 2), sum (1, 2))
  let m = Map.fromList [(3, "c"), (1, "a"), (2, "b")]
  print (length m, concat m, elem "b" m, maximum m, toList m)
  mapM_ putStrLn m
  print (foldr (\x acc -> x ++ acc) "" m)
-- expect: (37,30240,7,9,1)
-- expect: (True,False,[1,3,4,5,7,8,9],False,True)
-- expect: ([1,3,4,5,7,8,9],[9,8,7,5,4,3,1],"1345789")
-- expect: "x"
-- expect: (True,True,5)
-- expect: (7,"bc",1,5)
-- expect: (1,0,True,[1],True)
-- expect: (1,0,1,2)
-- expect: (3,"abc",True,"c",["a","b","c"])
-- expect: a
-- expect: b
-- expect: c
-- expect: "abc"
