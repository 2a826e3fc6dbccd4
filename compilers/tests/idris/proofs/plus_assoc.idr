-- Associativity of plus by induction on the first argument: the step case is cong S of the
-- hypothesis, since plus (S k) x reduces to S (plus k x). Worked by hand.
-- expect: associative
plusAssoc : (a, b, c : Nat) -> plus a (plus b c) = plus (plus a b) c
plusAssoc Z     b c = Refl
plusAssoc (S k) b c = cong S (plusAssoc k b c)

main : IO ()
main = putStrLn "associative"
