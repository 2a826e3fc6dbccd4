-- Covering with Fin: an index function has no case for the empty vector, since Fin Z is empty
-- (lookup in tests/idris2/coverage/coverage001/Vect.idr is "All cases covered"). Worked by hand.
-- expect: 'c'
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

data Fin : Nat -> Type where
  FZ : Fin (S k)
  FS : Fin k -> Fin (S k)

at : Fin n -> Vect n a -> a
at FZ     (x :: _)  = x
at (FS i) (_ :: xs) = at i xs

main : IO ()
main = printLn (at (FS (FS FZ)) ['a', 'b', 'c'])
