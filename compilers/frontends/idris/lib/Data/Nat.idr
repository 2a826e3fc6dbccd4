-- Data.Nat: the lemmas about plus and mult that Idris 2's base library exports under these names.

plusZeroLeftNeutral : (right : Nat) -> plus 0 right = right
plusZeroLeftNeutral right = Refl

plusZeroRightNeutral : (left : Nat) -> plus left 0 = left
plusZeroRightNeutral Z = Refl
plusZeroRightNeutral (S k) = cong S (plusZeroRightNeutral k)

plusSuccRightSucc : (left : Nat) -> (right : Nat) -> S (plus left right) = plus left (S right)
plusSuccRightSucc Z right = Refl
plusSuccRightSucc (S k) right = cong S (plusSuccRightSucc k right)

plusCommutative : (left : Nat) -> (right : Nat) -> plus left right = plus right left
plusCommutative Z right = sym (plusZeroRightNeutral right)
plusCommutative (S k) right = rewrite plusCommutative k right in plusSuccRightSucc right k

plusAssociative : (left : Nat) -> (centre : Nat) -> (right : Nat) -> plus left (plus centre right) = plus (plus left centre) right
plusAssociative Z centre right = Refl
plusAssociative (S k) centre right = cong S (plusAssociative k centre right)

multZeroRightZero : (left : Nat) -> mult left 0 = 0
multZeroRightZero Z = Refl
multZeroRightZero (S k) = multZeroRightZero k

multOneLeftNeutral : (right : Nat) -> mult 1 right = right
multOneLeftNeutral right = plusZeroRightNeutral right

succInjective : (left : Nat) -> (right : Nat) -> S left = S right -> left = right
succInjective left left Refl = Refl

lte : Nat -> Nat -> Bool
lte Z _ = True
lte (S k) Z = False
lte (S k) (S j) = lte k j
