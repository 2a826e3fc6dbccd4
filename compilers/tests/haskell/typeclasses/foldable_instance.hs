-- An instance of Foldable for a tree: GHC builds this program (sum, length and elem then take the tree); the
-- subset has no Foldable class, so its folds take lists only, and the instance is a diagnostic that says so.
data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Foldable Tree where
  foldr _ z Leaf = z
  foldr f z (Node l x r) = foldr f (f x (foldr f z r)) l

main :: IO ()
main = print (sum (Node Leaf 3 (Node Leaf 4 Leaf)))
-- error: 5:10: the class Foldable is not in this subset of Haskell
