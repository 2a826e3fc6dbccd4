-- take and drop with the length in the type: Vect (n + m) a splits into Vect n a and Vect m a.
-- Worked by hand.
-- expect: [1, 2]
-- expect: [3, 4, 5]
import Data.Vect

v : Vect 5 Integer
v = [1, 2, 3, 4, 5]

main : IO ()
main = do
  printLn (take 2 v)
  printLn (drop 2 v)
