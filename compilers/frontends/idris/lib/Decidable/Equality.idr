-- Decidable.Equality: deciding whether two values are equal, with the proof either way.

interface DecEq t where
  decEq : (x1 : t) -> (x2 : t) -> Dec (x1 = x2)

zeroNotSucc : (0 = S k) -> Void
zeroNotSucc Refl impossible

succNotZero : (S k = 0) -> Void
succNotZero Refl impossible

succInj : (S k = S j) -> k = j
succInj Refl = Refl

implementation DecEq Nat where
  decEq Z Z = Yes Refl
  decEq Z (S k) = No zeroNotSucc
  decEq (S k) Z = No succNotZero
  decEq (S k) (S j) = case decEq k j of
    Yes prf => Yes (cong S prf)
    No contra => No (\h => contra (succInj h))
