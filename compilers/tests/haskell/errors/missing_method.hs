-- An instance without one of its class's methods (no default): GHC warns, and calling the method stops
-- the program with GHC's message naming the instance's head (it was a trap without a message).
class Describe a where
  describe :: a -> String
  tag :: a -> Int

data Tree a = Leaf | Node (Tree a) a (Tree a)

instance Show a => Describe (Tree a) where
  describe Leaf = "leaf"
  describe (Node l x r) = "(" ++ describe l ++ " " ++ show x ++ " " ++ describe r ++ ")"

main = do
  let t = Node Leaf 3 (Node Leaf 4 Leaf)
  putStrLn (describe t)
  print (tag t)
-- expect: (leaf 3 (leaf 4 leaf))
-- GHC reports on stderr (`ghc -o prog missing_method.hs`); this compiler writes the same:
--   prog: missing_method.hs:9:10-36: No instance nor default method for class operation tag
-- expect runtime error: trap
-- expect exit: 1
