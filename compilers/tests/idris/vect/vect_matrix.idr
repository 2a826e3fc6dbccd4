-- A matrix as a Vect of Vects, transposed with the length in the types. Worked by hand.
-- expect: [[1, 4], [2, 5], [3, 6]]
import Data.Vect

transposeM : {n : Nat} -> Vect m (Vect n a) -> Vect n (Vect m a)
transposeM []          = replicate _ []
transposeM (row :: rs) = zipWith (::) row (transposeM rs)

main : IO ()
main = printLn (transposeM (the (Vect 2 (Vect 3 Integer)) [[1, 2, 3], [4, 5, 6]]))
