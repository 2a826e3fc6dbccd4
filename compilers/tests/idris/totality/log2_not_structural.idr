-- log2 does terminate (half n < n for n >= 2), but half n is not a structural part of n, and the
-- checker is conservative: it refuses what it cannot see (half itself is structural and accepted).
-- Under %default total every function must be total; a recursion the checker cannot see decrease is
-- reported at the type declaration: "NAME is not total, possibly not terminating due to recursive path
-- Main.NAME" ("is not total," from NotTotal in src/Idris/Error.idr; the reason's wording as
-- docs/source/tutorial/theorems.rst shows it: "possibly not terminating due to recursive path
-- Void.empty2").
-- error: 15:1: is not total, possibly not terminating due to recursive path Main.log2
%default total

half : Nat -> Nat
half (S (S k)) = S (half k)
half _         = Z

log2 : Nat -> Nat
log2 Z     = Z
log2 (S Z) = Z
log2 n     = S (log2 (half n))

main : IO ()
main = putStrLn "not reached"
