-- getLine past the end of the input: GHC's IOError, written before anything of the failing line.
main :: IO ()
main = do
  a <- getLine
  b <- getLine
  putStrLn (a ++ b)
-- stdin: one
-- GHC reports on stderr: <stdin>: hGetLine: end of file
-- expect runtime error: trap
-- expect exit: 1
