-- Data.Vect.Elem: a proof that a value is in a vector, and a decision of it.

data Elem : a -> Vect k a -> Type where
  Here : Elem x (x :: xs)
  There : Elem x xs -> Elem x (y :: xs)

noElemInNil : Elem x [] -> Void
noElemInNil Here impossible
noElemInNil (There _) impossible

neitherHereNorThere : (x = y -> Void) -> (Elem x xs -> Void) -> Elem x (y :: xs) -> Void
neitherHereNorThere xneqy xninxs Here = xneqy Refl
neitherHereNorThere xneqy xninxs (There later) = xninxs later

isElem : DecEq a => (x : a) -> (xs : Vect n a) -> Dec (Elem x xs)
isElem x [] = No noElemInNil
isElem x (y :: xs) = case decEq x y of
  Yes Refl => Yes Here
  No xneqy => case isElem x xs of
    Yes prf => Yes (There prf)
    No xninxs => No (neitherHereNorThere xneqy xninxs)
