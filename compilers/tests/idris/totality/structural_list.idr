-- Recursion on the tail of a list and on a sub-tree is structural, so these are total.
-- Worked by hand: the sum is 10; the tree has 3 nodes.
-- expect: 10
-- expect: 3
%default total

data Tree = Leaf | Node Tree Integer Tree

sumL : List Integer -> Integer
sumL []        = 0
sumL (x :: xs) = x + sumL xs

size : Tree -> Nat
size Leaf         = 0
size (Node l _ r) = S (size l + size r)

main : IO ()
main = do
  printLn (sumL [1, 2, 3, 4])
  printLn (size (Node (Node Leaf 1 Leaf) 2 (Node Leaf 3 Leaf)))
