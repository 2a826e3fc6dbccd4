-- printLn of a type with no Show implementation ("Can't find an implementation for Show Part.",
-- CantSolveGoal in src/Idris/Error.idr).
-- error: 7:8: Can't find an implementation for Show Part
data Part = Store | Mill

main : IO ()
main = printLn Mill
