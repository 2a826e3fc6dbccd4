-- System's exitWith is not in this checker's subset yet (README: the functional core has no exit
-- primitive), so the import is refused with the modules there are, and the name is undefined. In Idris 2
-- this program prints "checking" and ends with exit status 3 (worked by hand from System.idr's exitWith).
-- error: 6:1: Module System not found
-- error: 11:3: Undefined name exitWith.
import System

main : IO ()
main = do
  putStrLn "checking"
  exitWith (ExitFailure 3)
  putStrLn "not reached"
