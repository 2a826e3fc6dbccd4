-- A proof by induction with only its base case is not a proof: plusZeroRight is not covering, and the
-- missing case is named. Format as in tests/idris2/coverage/coverage001 (missing cases are printed as
-- patterns with _ for what is not split, "append (_ :: _) _"); the error sits on the type declaration
-- (coverage errors in Idris 2 point at it: "Error: allLengths is not covering." at the signature).
-- error: 6:1: plusZeroRight (S _)
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z = Refl

main : IO ()
main = putStrLn "not reached"
