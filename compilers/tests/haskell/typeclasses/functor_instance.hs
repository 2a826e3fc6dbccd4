-- A Functor instance for a tree, and fmap on the Prelude's functors.
data Tree a = Leaf | Node (Tree a) a (Tree a) deriving Show

instance Functor Tree where
  fmap _ Leaf = Leaf
  fmap f (Node l x r) = Node (fmap f l) (f x) (fmap f r)

main :: IO ()
main = do
  print (fmap (* 10) (Node (Node Leaf 1 Leaf) 2 Leaf))
  print (fmap length (Just "four"))
  print (fmap (+ 1) [1, 2, 3])
  print (fmap not (Right True :: Either String Bool))
  print ((+ 1) <$> Just 41)
-- expect: Node (Node Leaf 10 Leaf) 20 Leaf
-- expect: Just 4
-- expect: [2,3,4]
-- expect: Right False
-- expect: Just 42
