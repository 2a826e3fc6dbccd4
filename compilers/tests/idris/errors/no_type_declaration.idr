-- A top-level function without a type declaration: Idris 2 requires one ("No type declaration for",
-- NoDeclaration in src/Idris/Error.idr).
-- error: 4:1: No type declaration for
helper x = x + 1

main : IO ()
main = putStrLn "not reached"
