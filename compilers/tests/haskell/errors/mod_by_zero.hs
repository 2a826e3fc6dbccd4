-- mod by zero stops the program, as div does.
main :: IO ()
main = do
  print (17 `mod` 5 :: Integer)
  print (17 `mod` 0 :: Integer)
-- expect: 2
-- GHC reports on stderr: divide by zero
-- expect runtime error: division_by_zero
-- expect exit: 1
