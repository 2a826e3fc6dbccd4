-- zip needs two vectors of the same length; here 3 and 2 (the types Vect 3 and Vect 2 mismatch:
-- "Mismatch between", CantConvert in src/Idris/Error.idr).
-- error: 13:24: Mismatch between
import Data.Vect

xs : Vect 3 Integer
xs = [1, 2, 3]

ys : Vect 2 Integer
ys = [4, 5]

main : IO ()
main = printLn (zip xs ys)
