-- A circular "proof": plusZeroRight n = plusZeroRight n has the right type but never returns. Under
-- %default total it is refused: "is not total," (NotTotal, src/Idris/Error.idr) followed by the reason
-- docs/source/tutorial/theorems.rst shows for empty2 ("possibly not terminating due to recursive path
-- Void.empty2"), at the type declaration.
-- error: 8:1: is not total, possibly not terminating due to recursive path Main.plusZeroRight
%default total

plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight n = plusZeroRight n

main : IO ()
main = putStrLn "not reached"
