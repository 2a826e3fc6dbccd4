-- exitSuccess and exitFailure end the program with status 0 and 1 (Idris 2's System: exitFailure is
-- exitWith (ExitFailure 1), exitSuccess is exitWith ExitSuccess; worked from its documentation). The
-- input loop stops at the first empty line with exitFailure, after printing the sum so far.
import System

loop : Integer -> IO ()
loop acc = do
  line <- getLine
  if line == ""
    then do
      putStrLn ("stopped at " ++ show acc)
      exitFailure
    else if line == "done"
      then do
        putStrLn ("total " ++ show acc)
        exitSuccess
      else loop (acc + cast line)

main : IO ()
main = do
  loop 0
  putStrLn "not reached"
-- stdin: 4
-- stdin: 5
-- stdin:
-- stdin: 6
-- expect: stopped at 9
-- expect exit: 1
