-- The recursive call with its arguments swapped: plusSuccRight m k proves a statement about plus m k,
-- but the goal is about plus k m; the checker cannot equate the two (wording of CantSolveEq,
-- src/Idris/Error.idr).
-- error: 7:25: Can't solve constraint between
plusSuccRight : (n, m : Nat) -> S (plus n m) = plus n (S m)
plusSuccRight Z     m = Refl
plusSuccRight (S k) m = cong S (plusSuccRight m k)

main : IO ()
main = putStrLn "not reached"
