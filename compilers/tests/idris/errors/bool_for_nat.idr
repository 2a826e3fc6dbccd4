-- A Bool where a Nat is expected: the two types are different constructors, so they mismatch
-- (CantConvert, "Mismatch between:", src/Idris/Error.idr).
-- error: 5:9: Mismatch between: Bool and Nat
count : Nat
count = True

main : IO ()
main = printLn count
