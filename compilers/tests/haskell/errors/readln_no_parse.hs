-- readLn of a line that is not a number fails at once (GHC's readIO), before the next statement.
main :: IO ()
main = do
  n <- readLn :: IO Int
  putStrLn "read"
  print (n * 2)
-- stdin: abc
-- GHC reports on stderr: user error (Prelude.readIO: no parse)
-- expect runtime error: trap
-- expect exit: 1
