-- The recursive call's argument grows instead of shrinking.
-- Under %default total every function must be total; a recursion the checker cannot see decrease is
-- reported at the type declaration: "NAME is not total, possibly not terminating due to recursive path
-- Main.NAME" ("is not total," from NotTotal in src/Idris/Error.idr; the reason's wording as
-- docs/source/tutorial/theorems.rst shows it: "possibly not terminating due to recursive path
-- Void.empty2").
-- error: 10:1: is not total, possibly not terminating due to recursive path Main.climb
%default total

climb : Nat -> Nat
climb n = climb (S n)

main : IO ()
main = putStrLn "not reached"
