-- A class with a superclass: every Container's elements can be compared.
class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  toL :: f a -> [a]

newtype Stack a = Stack [a]
newtype Queue a = Queue ([a], [a])

instance Container Stack where
  empty = Stack []
  insert x (Stack xs) = Stack (x : xs)
  toL (Stack xs) = xs

instance Container Queue where
  empty = Queue ([], [])
  insert x (Queue (f, b)) = Queue (f, x : b)
  toL (Queue (f, b)) = f ++ reverse b

fill :: Container f => [a] -> f a
fill = foldr insert empty

class Eq a => Similar a where
  similar :: a -> a -> Bool
  similar = (==)

instance Similar Int
instance Similar Char where
  similar a b = a == b || fromEnum a - fromEnum b == 32 || fromEnum b - fromEnum a == 32

main :: IO ()
main = do
  print (toL (fill [1, 2, 3] :: Stack Int))
  print (toL (fill [1, 2, 3] :: Queue Int))
  print (similar (3 :: Int) 3, similar 'a' 'A', similar 'a' 'b')
-- expect: [1,2,3]
-- expect: [3,2,1]
-- expect: (True,True,False)
