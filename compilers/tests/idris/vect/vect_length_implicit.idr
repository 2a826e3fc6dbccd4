-- The length of a Vect is in its type; asking for it with {n : Nat} keeps it at run time, so the
-- length is read, not counted. Worked by hand.
-- expect: 3
-- expect: 0
import Data.Vect

vlen : {n : Nat} -> Vect n a -> Nat
vlen _ = n

main : IO ()
main = do
  printLn (vlen (the (Vect 3 String) ["a", "b", "c"]))
  printLn (vlen (the (Vect 0 String) []))
