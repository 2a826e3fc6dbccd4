-- Integer division by zero stops the program.
main :: IO ()
main = do
  let xs = [4, 2, 0] :: [Int]
  mapM_ (\d -> print (100 `div` d)) xs
-- expect: 25
-- expect: 50
-- GHC reports on stderr: divide by zero
-- expect runtime error: division_by_zero
-- expect exit: 1
