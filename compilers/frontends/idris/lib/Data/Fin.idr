-- Data.Fin: the numbers below a bound. At run time a Fin is an integer (FZ is 0, FS k is k + 1).

data Fin : Nat -> Type where
  FZ : Fin (S k)
  FS : Fin k -> Fin (S k)

finToNat : Fin n -> Nat
finToNat FZ = Z
finToNat (FS k) = S (finToNat k)

finToInteger : Fin n -> Integer
finToInteger FZ = 0
finToInteger (FS k) = prim__add_Integer 1 (finToInteger k)

implementation Show (Fin n) where
  show k = show (finToInteger k)

implementation Eq (Fin n) where
  x == y = eqNat (finToNat x) (finToNat y)

last : {n : Nat} -> Fin (S n)
last {n = Z} = FZ
last {n = S k} = FS last

weaken : Fin n -> Fin (S n)
weaken FZ = FZ
weaken (FS k) = FS (weaken k)

natToFin : Nat -> (n : Nat) -> Maybe (Fin n)
natToFin Z (S _) = Just FZ
natToFin (S k) (S j) = maybeMap FS (natToFin k j)
natToFin _ _ = Nothing

strengthen : {n : Nat} -> Fin (S n) -> Maybe (Fin n)
strengthen {n = S _} FZ = Just FZ
strengthen {n = S _} (FS k) = maybeMap FS (strengthen k)
strengthen _ = Nothing

shift : (m : Nat) -> Fin n -> Fin (plus m n)
shift Z f = f
shift (S m) f = FS (shift m f)
