-- The head of a List without a case for the empty list.
-- Idris 2's default totality is covering, so a missing case is a compile error; it is reported at the
-- type declaration, "NAME is not covering." followed by "Missing cases:" and each missing pattern, with _
-- for what is not split (NotCovering in src/Idris/Error.idr; the pattern format as in
-- tests/idris2/coverage/coverage001 and tests/idris2/total/total003).
-- error: 7:1: first []
first : List a -> a
first (x :: _) = x

main : IO ()
main = putStrLn "not reached: the file does not check"
