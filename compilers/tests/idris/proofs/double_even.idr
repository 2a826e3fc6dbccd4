-- An inductive predicate Even n, and a proof that every double is even: induction on n with the
-- lemma plusSuccRight rewriting plus k (S k) to S (plus k k). Worked by hand.
-- expect: 10 is even
data Even : Nat -> Type where
  EvenZ  : Even Z
  EvenSS : Even n -> Even (S (S n))

plusSuccRight : (n, m : Nat) -> S (plus n m) = plus n (S m)
plusSuccRight Z     m = Refl
plusSuccRight (S k) m = cong S (plusSuccRight k m)

doubleEven : (n : Nat) -> Even (plus n n)
doubleEven Z     = EvenZ
doubleEven (S k) = rewrite sym (plusSuccRight k k) in EvenSS (doubleEven k)

evenToNat : Even n -> Nat
evenToNat EvenZ      = Z
evenToNat (EvenSS e) = S (S (evenToNat e))

main : IO ()
main = putStrLn (show (evenToNat (doubleEven 5)) ++ " is even")
