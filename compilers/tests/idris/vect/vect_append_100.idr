-- Appending two 100-element vectors (the issue's benchmark shape) and reading the result's length
-- and two elements. Worked by hand: 0..99 then 100..199, so element 150 is 150 and the last is 199.
-- expect: 200
-- expect: 150
-- expect: 199
import Data.Vect

countFrom : (n : Nat) -> Nat -> Vect n Nat
countFrom Z     _ = []
countFrom (S k) s = s :: countFrom k (S s)

vlen : {n : Nat} -> Vect n a -> Nat
vlen _ = n

main : IO ()
main = do
  let both = countFrom 100 0 ++ countFrom 100 100
  printLn (vlen both)
  printLn (index 150 both)
  printLn (last both)
