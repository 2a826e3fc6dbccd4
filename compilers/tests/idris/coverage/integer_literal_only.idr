-- Matching an Integer on one literal: every other value is missing, shown as _ (the published
-- tests/idris2/total/total003 reports "onlyOne _" for this shape).
-- Idris 2's default totality is covering, so a missing case is a compile error; it is reported at the
-- type declaration, "NAME is not covering." followed by "Missing cases:" and each missing pattern, with _
-- for what is not split (NotCovering in src/Idris/Error.idr; the pattern format as in
-- tests/idris2/coverage/coverage001 and tests/idris2/total/total003).
-- error: 8:1: onlyOne _
onlyOne : Integer -> Integer
onlyOne 1 = 2

main : IO ()
main = putStrLn "not reached: the file does not check"
