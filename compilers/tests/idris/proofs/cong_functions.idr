-- cong applies a function to both sides of an equation; pattern matching on Refl unifies the sides.
-- (A pattern n n would be refused: Idris 2 patterns are linear.) Worked by hand.
-- expect: congruent
myCong : (f : a -> b) -> x = y -> f x = f y
myCong f Refl = Refl

succInjective : (n, m : Nat) -> S n = S m -> n = m
succInjective _ _ Refl = Refl

doubleEq : (n, m : Nat) -> n = m -> plus n n = plus m m
doubleEq n m p = cong (\k => plus k k) p

main : IO ()
main = putStrLn "congruent"
