-- Prelude names defined but never used unqualified, and shadowed locally (by `let`, `where`, arguments
-- and patterns): GHC accepts all of these.
lookup :: Int -> Int
lookup x = x + 1

words :: String
words = "unused"

total :: [Int] -> Int
total xs = sum xs
  where
    sum [] = 0
    sum (y:ys) = y + sum ys

main :: IO ()
main = do
  let length = 5 :: Int
  print (length + 1)
  print (total [1, 2, 3])
  print (apply (* 3) 4)
  print (case (1 :: Int, "x") of (max, min) -> (max, min))
  print (Main.lookup 41)
  where
    apply map x = map x
-- expect: 6
-- expect: 6
-- expect: 12
-- expect: (1,"x")
-- expect: 42
