-- foldl' keeps its accumulator evaluated, so a long sum runs in constant space.
-- max-steps: 100000000
import Data.List (foldl')

mean :: [Int] -> (Int, Int)
mean = foldl' step (0, 0)
  where
    step (s, n) x = let s' = s + x; n' = n + 1 in s' `seq` n' `seq` (s', n')

main :: IO ()
main = do
  print (foldl' (+) 0 [1 .. 100000])
  print (foldl' (flip (:)) [] [1 .. 10])
  print (mean [1 .. 1000])
-- expect: 5000050000
-- expect: [10,9,8,7,6,5,4,3,2,1]
-- expect: (500500,1000)
