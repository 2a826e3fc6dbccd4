-- Void has no values: Z = S n is uninhabited (impossible clause), and absurd/void turn a value of
-- an empty type into anything. disjoint is the statement of docs/source/tutorial/theorems.rst
-- (The Empty Type), proved here by an impossible clause. Worked by hand.
-- expect: nothing follows from nothing
disjoint : (n : Nat) -> Z = S n -> Void
disjoint n Refl impossible

exFalso : Void -> a
exFalso v = absurd v

notOneIsTwo : S Z = S (S Z) -> Void
notOneIsTwo Refl impossible

main : IO ()
main = putStrLn "nothing follows from nothing"
