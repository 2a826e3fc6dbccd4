-- A conversion that does not fit its argument (%d of a String) and too many arguments are run-time
-- errors of printf, as in GHC.
import Text.Printf (printf)

report :: String -> Double -> String
report name x = printf "%-6s|%7.2f|" name x

main :: IO ()
main = do
  putStrLn (report "pi" 3.14159)
  putStrLn (printf "%d%%" (42 :: Int))
  putStrLn (printf "%d items" "three")
-- expect: pi    |   3.14|
-- expect: 42%
-- GHC reports on stderr: printf: bad formatting char 'd'
-- expect runtime error: trap
-- expect exit: 1
