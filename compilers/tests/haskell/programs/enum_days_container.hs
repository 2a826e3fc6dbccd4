-- Enum and Bounded deriving, succ/pred, cyclic next, and a class with an operator method and default.
data Day = Mon | Tue | Wed | Thu | Fri | Sat | Sun deriving (Show, Eq, Ord, Enum, Bounded, Read)

next :: Day -> Day
next d | d == maxBound = minBound
       | otherwise = succ d

class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  (+++) :: f a -> f a -> f a
  toL :: f a -> [a]
  size :: f a -> Int
  size = length . toL

newtype Box a = Box [a] deriving Show

instance Container Box where
  empty = Box []
  insert x (Box xs) = Box (x : xs)
  Box a +++ Box b = Box (a ++ b)
  toL (Box xs) = xs

main :: IO ()
main = do
  print [Mon ..]
  print (map next [Fri, Sat, Sun], [Mon, Wed .. Sun], fromEnum Thu, toEnum 2 :: Day)
  print (read "Sat" :: Day, [minBound .. maxBound :: Bool])
  let b = insert 1 (insert 2 empty) +++ Box [3, 4 :: Int]
  print (b, size b, toL b)
  print (succ Sun)
-- expect: [Mon,Tue,Wed,Thu,Fri,Sat,Sun]
-- expect: ([Sat,Sun,Mon],[Mon,Wed,Fri,Sun],3,Wed)
-- expect: (Sat,[False,True])
-- expect: (Box [1,2,3,4],4,[1,2,3,4])
-- GHC reports on stderr: succ{Day}: tried to take `succ' of last tag in enumeration
-- expect runtime error: trap
-- expect exit: 1
