-- A Functor implementation for a user tree, and map over it. Worked by hand.
-- expect: Node (Leaf 2) (Leaf 4)
data Tree a = Leaf a | Node (Tree a) (Tree a)

Show a => Show (Tree a) where
  showPrec d (Leaf x)   = showCon d "Leaf" (showArg x)
  showPrec d (Node l r) = showCon d "Node" (showArg l ++ showArg r)

Functor Tree where
  map f (Leaf x)   = Leaf (f x)
  map f (Node l r) = Node (map f l) (map f r)

main : IO ()
main = printLn (map (* 2) (Node (Leaf (the Integer 1)) (Leaf 2)))
