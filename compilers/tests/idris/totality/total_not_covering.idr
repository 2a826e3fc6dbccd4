-- Totality includes coverage: under %default total a missing case is reported as for covering
-- functions ("NAME is not covering." then the missing case, NotCovering in src/Idris/Error.idr; format
-- of tests/idris2/coverage/coverage001).
-- error: 7:1: pred' Z
%default total

pred' : Nat -> Nat
pred' (S k) = k

main : IO ()
main = putStrLn "not reached"
