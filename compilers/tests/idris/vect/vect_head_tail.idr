-- head and tail need a non-empty vector: Vect (S n) a. A Vect shows as its list (Show (Vect len elem)
-- is show . toList, libs/base/Data/Vect.idr). Worked by hand.
-- expect: 2
-- expect: [3, 5, 7]
import Data.Vect

primes : Vect 4 Integer
primes = [2, 3, 5, 7]

main : IO ()
main = do
  printLn (head primes)
  printLn (tail primes)
