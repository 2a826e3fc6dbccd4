-- plusZeroRightNeutral by induction with cong, as in docs/source/tutorial/theorems.rst
-- (plusReducesZ). The proof is checked, then erased: running prints only the sentence.
-- expect: plus n Z = n is proved
plusZeroRightNeutral : (n : Nat) -> plus n Z = n
plusZeroRightNeutral Z     = Refl
plusZeroRightNeutral (S k) = cong S (plusZeroRightNeutral k)

main : IO ()
main = putStrLn "plus n Z = n is proved"
