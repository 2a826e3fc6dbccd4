-- An impossible clause for a case that is possible: S n = plus 1 n computes to S n = S n, which Refl
-- inhabits, so the clause is refused. The message is the one of tests/idris2/coverage/coverage001
-- ("zip [] [] is not a valid impossible case.").
-- error: 6:1: is not a valid impossible case
plusOne : (n : Nat) -> S n = plus 1 n -> Void
plusOne n Refl impossible

main : IO ()
main = putStrLn "not reached"
