-- An explicit impossible clause that really is impossible is accepted: a vector of length S n is
-- never []. Worked by hand.
-- expect: 9
import Data.Vect

safeLast : Vect (S n) a -> a
safeLast [] impossible
safeLast [x] = x
safeLast (_ :: y :: ys) = safeLast (y :: ys)

main : IO ()
main = printLn (safeLast (the (Vect 3 Integer) [7, 8, 9]))
