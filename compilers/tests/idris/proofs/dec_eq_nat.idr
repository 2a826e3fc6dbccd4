-- Decidable equality: decEq gives Yes with a proof or No with a refutation
-- (Decidable.Equality). Worked by hand.
-- expect: equal
-- expect: different
import Decidable.Equality

same : (n, m : Nat) -> String
same n m = case decEq n m of
  Yes _ => "equal"
  No _  => "different"

main : IO ()
main = do
  putStrLn (same 4 4)
  putStrLn (same 4 5)
