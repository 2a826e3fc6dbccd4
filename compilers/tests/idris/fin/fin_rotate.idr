-- A total successor modulo n on Fin (S n): FS when the value is below the top, FZ at the top.
-- strengthen (Data.Fin) gives Nothing for the largest value. Worked by hand: 0 -> 1 -> 2 -> 0.
-- expect: [1, 2, 0]
import Data.Fin

next : {n : Nat} -> Fin (S n) -> Fin (S n)
next i = case strengthen i of
  Just j  => FS j
  Nothing => FZ

main : IO ()
main = printLn (map next (the (List (Fin 3)) [0, 1, 2]))
