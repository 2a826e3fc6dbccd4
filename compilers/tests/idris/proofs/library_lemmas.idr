-- Using Data.Nat's lemmas (plusCommutative, plusZeroRightNeutral, plusAssociative; their types in
-- libs/base/Data/Nat.idr) to prove a new equation by rewriting. Worked by hand:
-- (a + 0) + b rewrites to a + b, then to b + a.
-- expect: 5
import Data.Nat

swapZero : (a, b : Nat) -> (a + 0) + b = b + a
swapZero a b = rewrite plusZeroRightNeutral a in plusCommutative a b

main : IO ()
main = printLn (the Nat (2 + 3))
