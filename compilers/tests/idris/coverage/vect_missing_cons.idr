-- append on a Vect with only its [] clause: the shape of tests/idris2/coverage/coverage001/Vect.idr,
-- whose expected output names the missing case "append (_ :: _) _".
-- Idris 2's default totality is covering, so a missing case is a compile error; it is reported at the
-- type declaration, "NAME is not covering." followed by "Missing cases:" and each missing pattern, with _
-- for what is not split (NotCovering in src/Idris/Error.idr; the pattern format as in
-- tests/idris2/coverage/coverage001 and tests/idris2/total/total003).
-- error: 12:1: append (_ :: _) _
data Vect : Nat -> Type -> Type where
  Nil  : Vect Z a
  (::) : a -> Vect k a -> Vect (S k) a

append : Vect n a -> Vect m a -> Vect (plus n m) a
append [] ys = ys

main : IO ()
main = putStrLn "not reached"
