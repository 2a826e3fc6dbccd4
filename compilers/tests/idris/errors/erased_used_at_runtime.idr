-- An argument of quantity 0 is erased: it may appear in types but not in the value the function
-- computes. Returning it is refused: "n is not accessible in this context." (LinearMisuse for an erased
-- name, src/Idris/Error.idr), at the use.
-- error: 10:12: is not accessible in this context
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

vlen : (0 n : Nat) -> Vect n a -> Nat
vlen n _ = n

main : IO ()
main = putStrLn "not reached"
