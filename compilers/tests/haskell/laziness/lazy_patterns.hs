-- Lazy (irrefutable) patterns and lazy pattern bindings: ~p matches at once and is matched only when one
-- of its variables is used; let and where pattern bindings are lazy, so a pair may refer to itself.
import Data.List (partition)

-- A where-bound pair that refers to itself: its pattern binding is lazy.
counts :: [Int] -> (Int, Int)
counts xs = (length small, length big)
  where
    (small, big) = partition (< limit) xs
    limit = 10

knot :: ([Int], Int)
knot = (xs, n)
  where
    (xs, n) = (1 : map (* 2) (take 4 xs), length xs)

lazyPair :: Int
lazyPair = let (a, b) = (3, undefined :: Int) in a * 2

irrefutableArg :: (Int, Int) -> Int
irrefutableArg ~(a, _) = 42

splitHalf :: [a] -> ([a], [a])
splitHalf xs = go xs xs
  where
    go (y : ys) (_ : _ : zs) = let ~(l, r) = go ys zs in (y : l, r)
    go ys _ = ([], ys)

main :: IO ()
main = do
  print (counts [3, 14, 7, 21, 9])
  print knot
  print lazyPair
  print (irrefutableArg undefined)
  print (splitHalf "abcdefg")
  let ~(p, q) = (length "four", p + 1)
  print (p, q)
  print [x | ~(Just x) <- [Just 1, Just (2 :: Int)]]
-- expect: (3,2)
-- expect: ([1,2,4,8,16],5)
-- expect: 6
-- expect: 42
-- expect: ("abc","defg")
-- expect: (4,5)
-- expect: [1,2]
