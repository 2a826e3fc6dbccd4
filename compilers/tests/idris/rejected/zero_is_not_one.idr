-- A false claim, n = S n, whose base case would need 0 = 1: the two constructors differ, so it is a
-- mismatch, shown with Nat literals (0 for Z, 1 for S Z; wording of CantConvert in src/Idris/Error.idr).
-- The step case on its own would check.
-- error: 6:15: Mismatch between: 0 and 1
notEq : (n : Nat) -> n = S n
notEq Z     = Refl
notEq (S k) = cong S (notEq k)

main : IO ()
main = putStrLn "not reached"
