-- Writing decidable equality on Nat by hand: the No cases need refutations, built with impossible
-- clauses and by applying the recursive refutation under S. Worked by hand.
-- expect: True
-- expect: False
zeroNotSucc : (Z = S k) -> Void
zeroNotSucc Refl impossible

succNotZero : (S k = Z) -> Void
succNotZero Refl impossible

predEq : S a = S b -> a = b
predEq Refl = Refl

decNat : (n, m : Nat) -> Dec (n = m)
decNat Z     Z     = Yes Refl
decNat Z     (S k) = No zeroNotSucc
decNat (S k) Z     = No succNotZero
decNat (S a) (S b) = case decNat a b of
  Yes p => Yes (cong S p)
  No np => No (\q => np (predEq q))

isYes' : Dec p -> Bool
isYes' (Yes _) = True
isYes' (No _)  = False

main : IO ()
main = do
  printLn (isYes' (decNat 3 3))
  printLn (isYes' (decNat 3 4))
