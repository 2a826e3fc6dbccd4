-- exactLength (Idris 2's Data.Vect) gives the vector at the asked length when it has it, else Nothing;
-- Maybe shows as "Just " and the shown vector, a vector as a list (libs/base/Data/Vect.idr, libs/prelude/Prelude/Show.idr).
-- expect: Just [1, 2, 3]
-- expect: Nothing
-- expect: Just []
import Data.Vect

main : IO ()
main = do
  printLn (exactLength 3 (fromList [1, 2, 3]))
  printLn (exactLength 2 (fromList [1, 2, 3]))
  printLn (exactLength 0 (the (Vect 0 Integer) []))
