-- GHC refuses ExitFailure 0 (an IOError: "exitWith: invalid argument (ExitFailure 0)", exit status 1);
-- here it is a run-time error.
import System.Exit

main :: IO ()
main = do
  putStrLn "before"
  exitWith (ExitFailure 0)
-- expect: before
-- expect runtime error: trap
-- expect exit: 1
