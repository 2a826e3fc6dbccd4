-- A function on Nat with no case for S.
-- Idris 2's default totality is covering, so a missing case is a compile error; it is reported at the
-- type declaration, "NAME is not covering." followed by "Missing cases:" and each missing pattern, with _
-- for what is not split (NotCovering in src/Idris/Error.idr; the pattern format as in
-- tests/idris2/coverage/coverage001 and tests/idris2/total/total003).
-- error: 7:1: isZero (S _)
isZero : Nat -> Bool
isZero Z = True

main : IO ()
main = putStrLn "not reached: the file does not check"
