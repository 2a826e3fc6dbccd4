-- Data.Vect's (++) : Vect m a -> Vect n a -> Vect (m + n) a; the type Vect 5 checks because
-- 2 + 3 reduces to 5 while checking types. Worked by hand.
-- expect: ["a", "b", "c", "d", "e"]
import Data.Vect

joined : Vect 5 String
joined = ["a", "b"] ++ ["c", "d", "e"]

main : IO ()
main = printLn joined
