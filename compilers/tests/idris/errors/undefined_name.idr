-- A misspelt name: "Undefined name greting." at the name (UndefinedName in src/Idris/Error.idr).
-- error: 7:17: Undefined name greting
greeting : String
greeting = "Hello"

main : IO ()
main = putStrLn greting
