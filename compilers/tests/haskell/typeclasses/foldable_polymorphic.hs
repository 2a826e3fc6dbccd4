-- Functions over any Foldable container: with a `Foldable t =>` signature, without a signature (used at a
-- list, a Maybe and a Map), a binding under the monomorphism restriction fixed by its one use, a local
-- function used at two containers; foldr' and foldl' of Data.Foldable; instances for a type with a
-- parameter of its own and for one over another Foldable; foldMap into Data.Monoid's wrappers.
import qualified Data.Foldable as F
import Data.Foldable (foldr', toList)
import qualified Data.Map as Map
import Data.Monoid

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

data Pair e a = Pair e a

instance Foldable (Pair e) where
  foldMap f (Pair _ x) = f x

newtype Wrap f a = Wrap (f a)

instance Foldable f => Foldable (Wrap f) where
  foldr f z (Wrap xs) = foldr f z xs

average xs = sum xs / fromIntegral (length xs)

countIf :: Foldable t => (a -> Bool) -> t a -> Int
countIf p = length . filter p . toList

describe :: (Foldable f, Ord a, Show a) => f a -> String
describe xs
  | null xs = "empty"
  | otherwise = show (length xs) ++ " from " ++ show (minimum xs) ++ " to " ++ show (maximum xs)

printAll :: (Foldable t, Show a) => t a -> IO ()
printAll = mapM_ print

total = sum

main :: IO ()
main = do
  let t = Node (Node (Node Leaf 1 Leaf) 3 (Node Leaf 4 Leaf)) 5 (Node Leaf (8 :: Int) Leaf)
      prices = Map.fromList [("tea", 2.5), ("cake", 4.0)]
      isEmpty ys = null ys
  print (average [1, 2, 3, 4], average (Just 5), average prices)
  print (countIf even t, countIf (> 'k') "haskell", countIf (> 3) prices)
  mapM_ putStrLn [describe t, describe (Nothing :: Maybe Int), describe "fold"]
  printAll (Just 'q')
  print (total t, isEmpty [], isEmpty (Just 'x'))
  print (foldr' (:) [] t, F.foldl' (flip (:)) [] (Just 1), foldr' (-) 0 [1, 2, 3])
  print (sum (Pair "x" 3), length (Pair 'c' True), average (Wrap [1, 2]), maximum (Wrap (Just 'w')))
  print (getSum (foldMap Sum t), getAll (foldMap (All . even) t), getFirst (foldMap (First . Just) t))
  print (Product 2 <> Product 5, mconcat [Any False, Any True], appEndo (foldMap Endo [(+ 1), (* 2)]) 5)
-- expect: (2.5,5.0,3.25)
-- expect: (2,3,1)
-- expect: 5 from 1 to 8
-- expect: empty
-- expect: 4 from 'd' to 'o'
-- expect: 'q'
-- expect: (21,True,False)
-- expect: ([1,3,4,5,8],[1],2)
-- expect: (3,1,1.5,'w')
-- expect: (21,False,Just 1)
-- expect: (Product {getProduct = 10},Any {getAny = True},11)
