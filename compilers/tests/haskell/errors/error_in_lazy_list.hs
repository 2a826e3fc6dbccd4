-- An error inside a list appears only when that element is printed; earlier output stays.
main :: IO ()
main = do
  let xs = [1, 2, error "element three", 4] :: [Int]
  print (length xs)
  print (take 2 xs)
  mapM_ print xs
-- expect: 4
-- expect: [1,2]
-- expect: 1
-- expect: 2
-- GHC reports on stderr: element three
-- expect runtime error: trap
-- expect exit: 1
