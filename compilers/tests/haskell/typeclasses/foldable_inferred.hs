-- Foldable functions whose container type is found by inference: mapped over a list of trees, composed
-- with fmap, in a Rose tree's own foldMap, and under fmap of a Maybe.
import qualified Data.Map as Map

data Rose a = Rose a [Rose a]

instance Foldable Rose where
  foldMap f (Rose a kids) = f a <> foldMap (foldMap f) kids

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

sumSquares :: Tree Int -> Int
sumSquares = sum . fmap (^ 2)

main :: IO ()
main = do
  let rose = Rose 1 [Rose 2 [Rose 4 []], Rose 3 []]
      t = Node (Node Leaf 2 Leaf) 5 (Node Leaf (-7) Leaf)
      trees = [t, Leaf, Node Leaf 9 Leaf]
  print (sum rose, length rose, maximum rose, foldr (:) [] rose)
  print (map sum trees, map length trees, sumSquares t, (\x -> product x) t)
  print (length <$> Just [1, 2], fmap maximum [Just 'a', Just 'b'], any (any even) trees)
  mapM_ (mapM_ print) [Just 'x', Nothing]
  print (fmap sum (Map.fromList [(1, Just 3), (2, Nothing)]), concatMap (foldr (:) []) trees)
-- expect: (10,4,4,[1,2,4,3])
-- expect: ([0,0,9],[3,0,1],78,-70)
-- expect: (Just 2,"ab",True)
-- expect: 'x'
-- expect: (fromList [(1,3),(2,0)],[2,5,-7,9])
