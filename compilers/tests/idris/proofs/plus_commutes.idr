-- Commutativity of plus from the two lemmas, with sym and rewrite. Worked by hand: in the step case
-- the goal S (plus k m) = plus m (S k) becomes S (plus m k) = plus m (S k) after rewriting with the
-- induction hypothesis, which is plusSuccRight m k.
-- expect: commutes
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) = cong S (plusZeroRight k)

plusSuccRight : (n : Nat) -> (m : Nat) -> S (plus n m) = plus n (S m)
plusSuccRight Z     m = Refl
plusSuccRight (S k) m = cong S (plusSuccRight k m)

plusComm : (n : Nat) -> (m : Nat) -> plus n m = plus m n
plusComm Z     m = sym (plusZeroRight m)
plusComm (S k) m = rewrite plusComm k m in plusSuccRight m k

main : IO ()
main = putStrLn "commutes"
