-- head of an empty list stops the program after the output before it.
main :: IO ()
main = do
  print (head [1, 2, 3])
  let xs = filter (> 5) [1, 2, 3] :: [Int]
  print (head xs)
-- expect: 1
-- GHC reports on stderr: Prelude.head: empty list
-- expect runtime error: trap
-- expect exit: 1
