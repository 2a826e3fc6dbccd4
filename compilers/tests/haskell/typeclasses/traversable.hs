-- Traversable: traverse, sequenceA, mapM, sequence, for and forM over lists, Maybe, Either, pairs, a Map
-- and a program's own instance (by traverse or by sequenceA), at Maybe, Either, lists and IO; a function
-- of its own over any Traversable; a class method with a constraint of its own.
import qualified Data.Map as Map
import Data.Char (digitToInt, isDigit)
import Data.Traversable (for, mapAccumL, mapAccumR)
import Control.Monad (forM)
import Text.Read (readMaybe)

data Tree a = Leaf | Node (Tree a) a (Tree a) deriving Show

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

instance Traversable Tree where
  traverse _ Leaf = pure Leaf
  traverse f (Node l x r) = Node <$> traverse f l <*> f x <*> traverse f r

newtype Pair a = Pair (a, a) deriving Show

instance Functor Pair where
  fmap f (Pair (a, b)) = Pair (f a, f b)

instance Foldable Pair where
  foldMap f (Pair (a, b)) = f a <> f b

instance Traversable Pair where
  sequenceA (Pair (fa, fb)) = (\a b -> Pair (a, b)) <$> fa <*> fb

class Container f where
  cmap :: Ord b => (a -> b) -> f a -> f b
  listOf :: f a -> [a]

instance Container Tree where
  cmap = fmap
  listOf = foldr (:) []

parseDigit :: Char -> Maybe Int
parseDigit c = if isDigit c then Just (digitToInt c) else Nothing

safeDiv :: Int -> Int -> Either String Int
safeDiv _ 0 = Left "divide by zero"
safeDiv a b = Right (a `div` b)

labels :: Traversable t => t String -> Maybe (t Int)
labels = traverse readMaybe

main :: IO ()
main = do
  print (traverse readMaybe (words "1 2 3") :: Maybe [Int])
  print (mapM parseDigit "12a4", mapM parseDigit "1234")
  print (sequence [Just 1, Nothing], sequenceA [Just 'a', Just 'b'])
  print (traverse (safeDiv 100) [1, 2, 5], traverse (safeDiv 100) [4, 0, 3])
  print (sequence [Right 1, Left "first", Left "second" :: Either String Int])
  print (traverse parseDigit (Just '7'), traverse parseDigit (Nothing :: Maybe Char))
  print (sequence (Just [1, 2]), traverse (\x -> [x, x * 10]) (Right 3 :: Either String Int))
  print (traverse (\x -> Just (x + 1)) ("key", 41), sequenceA [[1, 2], [3]])
  let m = Map.fromList [(3, "30"), (1, "10"), (2, "20")]
  print (traverse readMaybe m :: Maybe (Map.Map Int Int))
  print (labels (Map.insert 4 "x" m), labels [" 5", "6 "], labels (Just "-7"))
  let t = Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)
  print (traverse (\x -> if x > 0 then Just (x * 10) else Nothing) t)
  print (traverse (\x -> if x > 1 then Right x else Left ("small: " ++ show x)) t)
  r <- traverse (\x -> do putStrLn ("visit " ++ show x); return (x * x)) t
  print (r, sum r)
  print (sequenceA (Pair (Just 1, Just 2)), traverse (safeDiv 6) (Pair (2, 0)))
  ys <- forM [1, 2, 3] (\x -> return (x + 1))
  zs <- for (Pair ("a", "b")) (\s -> do putStrLn s; return (length s))
  print (ys, zs)
  print (listOf (cmap negate t), cmap show (Node Leaf 5 Leaf))
  print (mapAccumL (\n x -> (n + x, n)) 0 t, mapAccumR (\acc v -> (acc ++ v, length acc)) "" m)
-- expect: Just [1,2,3]
-- expect: (Nothing,Just [1,2,3,4])
-- expect: (Nothing,Just "ab")
-- expect: (Right [100,50,20],Left "divide by zero")
-- expect: Left "first"
-- expect: (Just (Just 7),Just Nothing)
-- expect: ([Just 1,Just 2],[Right 3,Right 30])
-- expect: (Just ("key",42),[[1,3],[2,3]])
-- expect: Just (fromList [(1,10),(2,20),(3,30)])
-- expect: (Nothing,Just [5,6],Just (Just (-7)))
-- expect: Just (Node (Node Leaf 10 Leaf) 20 (Node Leaf 30 Leaf))
-- expect: Left "small: 1"
-- expect: visit 1
-- expect: visit 2
-- expect: visit 3
-- expect: (Node (Node Leaf 1 Leaf) 4 (Node Leaf 9 Leaf),14)
-- expect: (Just (Pair (1,2)),Left "divide by zero")
-- expect: a
-- expect: b
-- expect: ([2,3,4],Pair (1,1))
-- expect: ([-1,-2,-3],Node Leaf "5" Leaf)
-- expect: ((6,Node (Node Leaf 0 Leaf) 1 (Node Leaf 3 Leaf)),("302010",fromList [(1,4),(2,2),(3,0)]))
