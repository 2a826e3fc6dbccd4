-- A dependent function: the result type depends on the value of the first argument. Worked by hand.
-- expect: ["ab", "ab", "ab"]
-- expect: []
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

Show a => Show (Vect n a) where
  show v = show (toL v)
    where
      toL : Vect m a -> List a
      toL []        = []
      toL (x :: xs) = x :: toL xs

rep : (n : Nat) -> a -> Vect n a
rep Z     _ = []
rep (S k) x = x :: rep k x

main : IO ()
main = do
  printLn (rep 3 "ab")
  printLn (rep 0 'z')
