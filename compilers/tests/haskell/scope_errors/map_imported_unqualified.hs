-- Data.Map imported whole and unqualified: its filter and the Prelude's are both in scope.
import Data.Map

main :: IO ()
main = do
  let m = fromList [(1 :: Int, "a"), (2, "b")]
  print (toList (filter (== "a") m))
-- error: 7:18: Ambiguous occurrence
