-- Fin and a total lookup declared here: no case for the empty vector is needed, as Fin Z has no
-- values (the same shape as lookup in tests/idris2/coverage/coverage001/Vect.idr, which Idris 2
-- reports as "All cases covered"). Worked by hand.
-- expect: 30
-- expect: 10
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

data Fin : Nat -> Type where
  FZ : Fin (S k)
  FS : Fin k -> Fin (S k)

total
vlookup : Fin n -> Vect n a -> a
vlookup FZ     (x :: _)  = x
vlookup (FS i) (_ :: xs) = vlookup i xs

main : IO ()
main = do
  printLn (vlookup (FS (FS FZ)) [the Integer 10, 20, 30])
  printLn (vlookup FZ [the Integer 10, 20, 30])
