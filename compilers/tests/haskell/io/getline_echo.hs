-- Reading lines with getLine in do notation.
main :: IO ()
main = do
  name <- getLine
  putStrLn ("Hello, " ++ name ++ "!")
  line <- getLine
  let n = read line :: Int
  print (n * 2)
-- stdin: Ada
-- stdin: 21
-- expect: Hello, Ada!
-- expect: 42
