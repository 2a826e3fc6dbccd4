-- Idris 2's quantities: an argument bound with 0 exists only in types and is erased, so the length
-- is counted, not read; an argument bound with 1 is used exactly once. Worked by hand.
-- expect: 3
-- expect: "once"
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

countV : {0 n : Nat} -> Vect n a -> Nat
countV []        = Z
countV (_ :: xs) = S (countV xs)

linearId : (1 x : a) -> a
linearId x = x

main : IO ()
main = do
  printLn (countV [the Integer 1, 2, 3])
  printLn (linearId "once")
