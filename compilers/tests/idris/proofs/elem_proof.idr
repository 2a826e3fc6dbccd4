-- Elem x xs: a proof that x is in the vector, built from Here and There; a function that takes the
-- proof is total without a case for the empty vector. Worked by hand: the index of "Store" is 1.
-- expect: 1
-- expect: 2
import Data.Vect

data IsIn : a -> Vect k a -> Type where
  Here  : IsIn x (x :: xs)
  There : IsIn x xs -> IsIn x (y :: xs)

position : IsIn x xs -> Nat
position Here      = Z
position (There p) = S (position p)

parts : Vect 3 String
parts = ["Mill", "Store", "Printer"]

storeIn : IsIn "Store" Main.parts
storeIn = There Here

main : IO ()
main = do
  printLn (position storeIn)
  printLn (position (the (IsIn "Printer" Main.parts) (There (There Here))))
