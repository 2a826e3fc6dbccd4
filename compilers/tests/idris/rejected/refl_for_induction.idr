-- A wrong proof: the step case of plus n Z = n by Refl alone. The goal S (plus k Z) = S k does not hold
-- by computation (plus is stuck on the unknown k), so the checker cannot make the sides equal and says
-- which terms it could not equate (the wording of CantSolveEq in src/Idris/Error.idr; a Z is shown as 0, as in docs/source/tutorial/theorems.rst's goals).
-- Idris 2: "While processing right hand side of plusZeroRight. Can't solve constraint between: plus k 0
-- and k."
-- error: 9:23: Can't solve constraint between: plus k 0 and k
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) = Refl

main : IO ()
main = putStrLn "not reached: the file does not check"
