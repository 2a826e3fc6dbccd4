-- A Bool where a Nat is expected: the two types are different constructors, so they mismatch
-- (CantConvert, "Mismatch between:", src/Idris/Error.idr).
-- error: 5:10: Mismatch between: Bool and Nat
amount : Nat
amount = True

main : IO ()
main = printLn amount
