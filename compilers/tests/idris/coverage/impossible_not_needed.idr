-- Covering without writing impossible cases: zip on two vectors of the same length needs no clause
-- for [] against (_ :: _), because the types rule it out (tests/idris2/coverage/coverage001 reports
-- "Main.zip: All cases covered" for this shape). Worked by hand.
-- expect: [(1, 'a'), (2, 'b')]
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

zipV : Vect n a -> Vect n b -> List (a, b)
zipV []        []        = []
zipV (x :: xs) (y :: ys) = (x, y) :: zipV xs ys

main : IO ()
main = printLn (zipV [the Integer 1, 2] ['a', 'b'])
