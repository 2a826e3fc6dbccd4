-- A Vect declared here, and append whose result length is computed by plus in the type.
-- Worked by hand: lengths 2 + 3 = 5.
-- expect: [1, 2, 3, 4, 5]
-- expect: 5
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

append : Vect n a -> Vect m a -> Vect (plus n m) a
append []        ys = ys
append (x :: xs) ys = x :: append xs ys

vtoList : Vect n a -> List a
vtoList []        = []
vtoList (x :: xs) = x :: vtoList xs

len : {n : Nat} -> Vect n a -> Nat
len _ = n

main : IO ()
main = do
  let v = append [1, 2] [3, 4, 5]
  printLn (vtoList (the (Vect 5 Integer) v))
  printLn (len v)
