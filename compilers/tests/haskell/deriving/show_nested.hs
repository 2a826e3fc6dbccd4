-- Derived Show parenthesises nested constructor applications, and not nullary ones.
data Tree = Leaf | Node Tree Int Tree deriving Show
data Color = Red | Green | Blue deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print Leaf
  print (Node Leaf 1 Leaf)
  print (Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf))
  print [Red, Green, Blue]
  print (Just Red, Just (Just Green))
  print (Just (Node Leaf (-1) Leaf))
  print (Right (Just [Red]) :: Either () (Maybe [Color]))
-- expect: Leaf
-- expect: Node Leaf 1 Leaf
-- expect: Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)
-- expect: [Red,Green,Blue]
-- expect: (Just Red,Just (Just Green))
-- expect: Just (Node Leaf (-1) Leaf)
-- expect: Right (Just [Red])
