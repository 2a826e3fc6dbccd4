-- Data.Vect.Elem: a proof that a value is in a vector.

data Elem : a -> Vect k a -> Type where
  Here : Elem x (x :: xs)
  There : Elem x xs -> Elem x (y :: xs)
