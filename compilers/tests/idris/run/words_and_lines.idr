-- Data.String's words and lines (Idris 2's base library): words splits at runs of white space and keeps
-- no empty word; lines splits at each newline and keeps empty lines between, but no empty last line
-- (worked by hand from libs/base/Data/String.idr's definitions, which follow Haskell's). A list of
-- strings shows with quotes and ", " between (libs/prelude/Prelude/Show.idr).
-- expect: ["the", "Analytical", "Engine", "weaves"]
-- expect: []
-- expect: ["one", "two", "", "three"]
-- expect: ["a"]
-- expect: 3
import Data.String

main : IO ()
main = do
  printLn (words "  the  Analytical\tEngine \n weaves ")
  printLn (words "")
  printLn (lines "one\ntwo\n\nthree\n")
  printLn (lines "a")
  printLn (length (words "a b c"))
