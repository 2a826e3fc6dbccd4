-- Every Fin of a bound, listed by a total function that recurses on the bound: the positions of a
-- Vect 4, used to index it. Worked by hand.
-- expect: [0, 1, 2, 3]
-- expect: ["N", "E", "S", "W"]
import Data.Vect
import Data.Fin

positions : (n : Nat) -> Vect n (Fin n)
positions Z     = []
positions (S k) = FZ :: map FS (positions k)

compass : Vect 4 String
compass = ["N", "E", "S", "W"]

main : IO ()
main = do
  printLn (positions 4)
  printLn (map (\i => index i compass) (positions 4))
