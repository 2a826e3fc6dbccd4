-- A function on Bool that forgets False.
-- Idris 2's default totality is covering, so a missing case is a compile error; it is reported at the
-- type declaration, "NAME is not covering." followed by "Missing cases:" and each missing pattern, with _
-- for what is not split (NotCovering in src/Idris/Error.idr; the pattern format as in
-- tests/idris2/coverage/coverage001 and tests/idris2/total/total003).
-- error: 7:1: toBit False
toBit : Bool -> Integer
toBit True = 1

main : IO ()
main = putStrLn "not reached: the file does not check"
