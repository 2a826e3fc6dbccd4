-- The induction hypothesis in the wrong direction: the goal is S k = S (plus k Z) but cong S of the
-- lemma gives S (plus k Z) = S k; the fix is sym. The checker reports the constraint it cannot solve
-- (wording of CantSolveEq, src/Idris/Error.idr).
-- error: 11:22: Can't solve constraint between
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) = cong S (plusZeroRight k)

zeroRightSym : (n : Nat) -> n = plus n Z
zeroRightSym Z     = Refl
zeroRightSym (S k) = cong S (plusZeroRight k)

main : IO ()
main = putStrLn "not reached"
