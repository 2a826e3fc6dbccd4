-- System's exitWith ends the program at once with the status: the second line is never printed. In
-- Idris 2 this program prints "checking" and exits with status 3 (worked from Idris 2's documentation of
-- System.exitWith, whose ExitFailure code is the process's exit status, as C's exit gives it).
import System

main : IO ()
main = do
  putStrLn "checking"
  exitWith (ExitFailure 3)
  putStrLn "not reached"
-- expect: checking
-- expect exit: 3
