-- exitWith ends the program with its status at once: the loop stops at 3 and nothing after it runs.
-- A status outside 0..255 ends the program with 255, as GHC's runtime does (checked with GHC 9.0.2).
import Control.Monad (forM_, when)
import System.Exit

main :: IO ()
main = do
  forM_ [1 .. 10 :: Int] $ \i -> do
    print i
    when (i == 3) $ exitWith (ExitFailure 300)
  putStrLn "not reached"
-- expect: 1
-- expect: 2
-- expect: 3
-- expect exit: 255
