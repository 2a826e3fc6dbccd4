-- A total function over Fin: its value as a Nat, and the largest Fin of a size, by recursion on the
-- Fin (structural). Worked by hand.
-- expect: 4
-- expect: 0
%default total

data Fin : Nat -> Type where
  FZ : Fin (S k)
  FS : Fin k -> Fin (S k)

toNat : Fin n -> Nat
toNat FZ     = Z
toNat (FS i) = S (toNat i)

lastFin : (n : Nat) -> Fin (S n)
lastFin Z     = FZ
lastFin (S k) = FS (lastFin k)

main : IO ()
main = do
  printLn (toNat (lastFin 4))
  printLn (toNat (the (Fin 1) FZ))
