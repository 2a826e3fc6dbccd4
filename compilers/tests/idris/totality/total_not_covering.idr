-- Totality includes coverage: under %default total a missing case is reported as for covering
-- functions ("NAME is not covering." then the missing case, NotCovering in src/Idris/Error.idr; format
-- of tests/idris2/coverage/coverage001). Idris 2 shows Z as the literal 0 when it prints a term,
-- as it prints plus's own clause plus Z y = y as "plus 0 y = y".
-- error: 8:1: pred' 0
%default total

pred' : Nat -> Nat
pred' (S k) = k

main : IO ()
main = putStrLn "not reached"
