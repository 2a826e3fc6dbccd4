-- printf with fewer arguments than its format asks for: a run-time error, and none of that call's output
-- is written (GHC's stdout buffer takes the string whole); the line before it is.
import Text.Printf (printf)

main :: IO ()
main = do
  printf "%s scored %d\n" "Ann" (90 :: Int)
  printf "%s scored %d\n" "Bob"
  putStrLn "not reached"
-- expect: Ann scored 90
-- GHC reports on stderr: printf: argument list ended prematurely
-- expect runtime error: trap
-- expect exit: 1
