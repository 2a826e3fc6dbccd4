-- exitFailure ends with status 1; the line written just before it is out (GHC flushes standard output
-- at exit), and the rest of main does not run.
import System.Exit

check :: Int -> IO ()
check n
  | n < 0 = do
      putStrLn ("negative input " ++ show n ++ ", giving up")
      exitFailure
  | otherwise = print n

main :: IO ()
main = do
  check 5
  check (-2)
  check 7
-- expect: 5
-- expect: negative input -2, giving up
-- expect exit: 1
