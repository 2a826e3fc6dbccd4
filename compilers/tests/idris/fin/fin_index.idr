-- index takes a Fin n, a position that exists in a Vect n: no bounds check at run time.
-- Worked by hand: positions 0 and 3 of a four-element vector.
-- expect: "Mill"
-- expect: "Reader"
import Data.Vect
import Data.Fin

parts : Vect 4 String
parts = ["Mill", "Store", "Printer", "Reader"]

main : IO ()
main = do
  printLn (index FZ parts)
  printLn (index (FS (FS (FS FZ))) parts)
