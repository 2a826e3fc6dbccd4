-- Counting down with minus: minus n 1 is not a structural part of n (and minus 0 1 is 0, so
-- countdown 0 would loop forever).
-- Under %default total every function must be total; a recursion the checker cannot see decrease is
-- reported at the type declaration: "NAME is not total, possibly not terminating due to recursive path
-- Main.NAME" ("is not total," from NotTotal in src/Idris/Error.idr; the reason's wording as
-- docs/source/tutorial/theorems.rst shows it: "possibly not terminating due to recursive path
-- Void.empty2").
-- error: 11:1: is not total, possibly not terminating due to recursive path Main.countdown
%default total

countdown : Nat -> List Nat
countdown n = n :: countdown (minus n 1)

main : IO ()
main = putStrLn "not reached"
