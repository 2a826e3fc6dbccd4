-- natToFin checks a Nat at run time and gives Maybe (Fin n) (Data.Fin). Worked by hand.
-- expect: Just 3
-- expect: Nothing
import Data.Fin

main : IO ()
main = do
  printLn (natToFin 3 5)
  printLn (natToFin 7 5)
