-- exitWith from System ends the program with a status; nothing after it runs. Worked by hand.
-- expect: checking
-- expect exit: 3
import System

main : IO ()
main = do
  putStrLn "checking"
  exitWith (ExitFailure 3)
  putStrLn "not reached"
