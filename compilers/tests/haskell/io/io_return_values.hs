-- IO actions return values; return wraps a value without doing anything.
askNumber :: IO Int
askNumber = do
  s <- getLine
  return (read s)

main :: IO ()
main = do
  a <- askNumber
  b <- askNumber
  let total = a + b
  result <- return (total * 10)
  print result
  xs <- mapM (\x -> return (x * x)) [1, 2, 3]
  print xs
  sequence_ [putStrLn "one", putStrLn "two"]
-- stdin: 3
-- stdin: 4
-- expect: 70
-- expect: [1,4,9]
-- expect: one
-- expect: two
