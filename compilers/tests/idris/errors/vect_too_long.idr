-- Three elements given where the type says two: the lengths mismatch at the end of the list (one more
-- (::) than Vect 2 allows; CantConvert, "Mismatch between", src/Idris/Error.idr).
-- error: 7:8: Mismatch between
import Data.Vect

pair : Vect 2 Integer
pair = [1, 2, 3]

main : IO ()
main = printLn pair
