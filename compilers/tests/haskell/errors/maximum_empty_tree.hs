-- maximum of an empty container that is not a list stops with GHC's own message for it.
import Data.List (maximumBy)
import qualified Data.Map as Map
import Data.Ord (comparing)

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

main :: IO ()
main = do
  let scores = Map.fromList [("ann", 7), ("bob", 9 :: Int)]
  print (maximum scores, foldr1 (-) scores, maximumBy (comparing snd) (Map.toList scores))
  print (maximum (Node Leaf 'q' (Node Leaf 'z' Leaf)), minimum (Just 4 :: Maybe Int))
  print (maximum (Leaf :: Tree Int))
-- expect: (9,-2,("bob",9))
-- expect: ('z',4)
-- expect runtime error: trap
-- GHC reports on stderr: maximum: empty structure
-- expect exit: 1
