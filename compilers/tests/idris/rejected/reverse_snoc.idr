-- Reversing a Vect by appending the head at the end: rev xs ++ [x] has length plus len 1, but the
-- clause must give S len; plus is stuck on the unknown len, so the lengths cannot be equated without a
-- proof (plusCommutative, or a rewrite). Idris 2 reports "Can't solve constraint between: plus len 1
-- and S len." for this program (the implicit of Data.Vect's (::) is named len); wording of CantSolveEq,
-- src/Idris/Error.idr.
-- error: 11:17: Can't solve constraint between: plus len 1 and S len
import Data.Vect

rev : Vect n a -> Vect n a
rev []        = []
rev (x :: xs) = rev xs ++ [x]

main : IO ()
main = putStrLn "not reached"
