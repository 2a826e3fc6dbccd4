-- A string literal where an Integer is expected: string literals go through fromString, and Integer
-- has no FromString implementation ("Can't find an implementation for", CantSolveGoal in
-- src/Idris/Error.idr).
-- error: 6:8: Can't find an implementation for FromString Integer
five : Integer
five = "five"

main : IO ()
main = printLn five
