-- (!!) past the end of a list is a runtime error.
main :: IO ()
main = do
  let xs = [10, 20, 30] :: [Int]
  print (xs !! 2)
  print (xs !! 3)
-- expect: 30
-- GHC reports on stderr: Prelude.!!: index too large
-- expect runtime error: trap
-- expect exit: 1
