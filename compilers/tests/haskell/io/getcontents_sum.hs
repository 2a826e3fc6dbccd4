-- getContents reads all the input; sum the numbers on it.
main :: IO ()
main = do
  text <- getContents
  let nums = map read (words text) :: [Integer]
  print (sum nums)
  print (length nums)
-- stdin: 1 2 3
-- stdin: 40 50
-- stdin: 600
-- expect: 696
-- expect: 6
