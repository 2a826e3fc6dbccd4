-- weaken keeps a Fin's value in a larger bound; shift moves it up (Data.Fin). Worked by hand.
-- expect: 2
-- expect: 5
import Data.Fin

two : Fin 3
two = FS (FS FZ)

main : IO ()
main = do
  printLn (weaken two)
  printLn (shift 3 two)
