-- A user type with a Show implementation written the way a derived one would print: a constructor
-- with arguments is wrapped in parentheses inside another (showCon and showArg,
-- libs/prelude/Prelude/Show.idr).
-- expect: Leaf
-- expect: Node Leaf 1 Leaf
-- expect: Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)
data Tree = Leaf | Node Tree Integer Tree

Show Tree where
  showPrec d Leaf = "Leaf"
  showPrec d (Node l x r) = showCon d "Node" (showArg l ++ showArg x ++ showArg r)

insert : Integer -> Tree -> Tree
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l y r) =
  if x < y then Node (insert x l) y r
  else if x > y then Node l y (insert x r)
  else t

main : IO ()
main = do
  printLn Leaf
  printLn (insert 1 Leaf)
  printLn (foldr insert Leaf [3, 1, 2])
