-- A name hidden from the Prelude is not in scope unless the program defines it.
import Prelude hiding (reverse, lookup)

main :: IO ()
main = do
  print (reverse [1, 2, 3 :: Int])
  print (lookup 1 [(1 :: Int, "one")])
-- error: 6:10: Variable not in scope: reverse
-- error: 7:10: Variable not in scope: lookup
