-- show of nested data: trees, Maybe of lists, tuples of Either, negative numbers, strings with escapes.
data Tree a = Leaf | Node (Tree a) a (Tree a) deriving Show

data Expr = Num Int | Neg Expr | Add Expr Expr | Mul Expr Expr | Var String deriving (Show, Eq)

data Op = Plus | Minus deriving (Show, Eq, Ord, Enum, Bounded)

insert :: Ord a => a -> Tree a -> Tree a
insert x Leaf = Node Leaf x Leaf
insert x t@(Node l v r)
  | x < v = Node (insert x l) v r
  | x > v = Node l v (insert x r)
  | otherwise = t

main :: IO ()
main = do
  print (foldr insert Leaf [3, -1, 4, -1, 5 :: Int])
  print (Add (Num (-2)) (Mul (Neg (Num 3)) (Var "x\ty")))
  print (Just [Just (-1.5), Nothing], [Left 'a', Right "b\"c"] :: [Either Char String])
  print ((1, -2), [(-3.0e-2, 'x')], ((), [()]))
  print [minBound .. maxBound :: Op]
  print (Just (Left (-3)) :: Maybe (Either Int Int))
  print (show (Just (-0.0)), showsPrec 11 (-5 :: Int) "")
  print "unicode \1234 and \DEL and \200"
-- expect: Node (Node Leaf (-1) (Node (Node Leaf 3 Leaf) 4 Leaf)) 5 Leaf
-- expect: Add (Num (-2)) (Mul (Neg (Num 3)) (Var "x\ty"))
-- expect: (Just [Just (-1.5),Nothing],[Left 'a',Right "b\"c"])
-- expect: ((1,-2),[(-3.0e-2,'x')],((),[()]))
-- expect: [Plus,Minus]
-- expect: Just (Left (-3))
-- expect: ("Just (-0.0)","(-5)")
-- expect: "unicode \1234 and \DEL and \200"
