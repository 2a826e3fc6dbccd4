-- Values inside a structure are evaluated only when they are inspected.
data Pair = Pair Int Int

first :: Pair -> Int
first (Pair a _) = a

main :: IO ()
main = do
  print (first (Pair 7 undefined))
  let xs = [1, undefined, 3] :: [Int]
  print (length xs, head xs, last xs)
  let (a, b) = (10, error "the second is never needed") :: (Int, Int)
  print a
-- expect: 7
-- expect: (3,1,3)
-- expect: 10
