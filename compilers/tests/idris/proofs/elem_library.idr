-- Data.Vect.Elem: Elem x xs, with Here and There; isElem decides membership and gives Dec.
-- Worked by hand.
-- expect: found
-- expect: not found
import Data.Vect
import Data.Vect.Elem
import Decidable.Equality

report : Dec (Elem x xs) -> String
report (Yes _) = "found"
report (No _)  = "not found"

v : Vect 3 Nat
v = [1, 2, 3]

main : IO ()
main = do
  putStrLn (report (isElem 2 v))
  putStrLn (report (isElem 5 v))
