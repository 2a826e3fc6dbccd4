-- Appending two 100-element vectors (the issue's benchmark shape) and reading the result's length
-- and two elements. Worked by hand: 0..99 then 100..199, so element 150 is 150 and the last is 199.
-- expect: 200
-- expect: 150
-- expect: 199
import Data.Vect

numbersFrom : (n : Nat) -> Nat -> Vect n Nat
numbersFrom Z     _ = []
numbersFrom (S k) s = s :: numbersFrom k (S s)

vlen : {n : Nat} -> Vect n a -> Nat
vlen _ = n

main : IO ()
main = do
  let both = numbersFrom 100 0 ++ numbersFrom 100 100
  printLn (vlen both)
  printLn (index 150 both)
  printLn (last both)
