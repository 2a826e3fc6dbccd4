-- A Fin shows as its number (Show (Fin n) is show . finToInteger, libs/base/Data/Fin.idr); the
-- literal 2 is accepted as a Fin 5 because 2 < 5. Worked by hand.
-- expect: 0
-- expect: 2
-- expect: 3
import Data.Fin

main : IO ()
main = do
  printLn (the (Fin 3) FZ)
  printLn (the (Fin 5) 2)
  printLn (finToNat (the (Fin 4) (FS (FS (FS FZ)))))
