-- A call on the same argument (the empty2 shape of docs/source/tutorial/theorems.rst, with an
-- argument): nothing decreases.
-- Under %default total every function must be total; a recursion the checker cannot see decrease is
-- reported at the type declaration: "NAME is not total, possibly not terminating due to recursive path
-- Main.NAME" ("is not total," from NotTotal in src/Idris/Error.idr; the reason's wording as
-- docs/source/tutorial/theorems.rst shows it: "possibly not terminating due to recursive path
-- Void.empty2").
-- error: 11:1: is not total, possibly not terminating due to recursive path Main.spin
%default total

spin : List Integer -> Integer
spin []        = 0
spin (x :: xs) = spin (x :: xs)

main : IO ()
main = putStrLn "not reached"
