-- A function constrained by interfaces (Show a, Ord a =>), used at two types. Worked by hand.
-- expect: "pear"
-- expect: 9
largest : Ord a => a -> List a -> a
largest x []        = x
largest x (y :: ys) = largest (max x y) ys

showLargest : (Show a, Ord a) => a -> List a -> String
showLargest x xs = show (largest x xs)

main : IO ()
main = do
  putStrLn (showLargest "apple" ["pear", "fig"])
  putStrLn (showLargest (the Integer 3) [9, 1])
