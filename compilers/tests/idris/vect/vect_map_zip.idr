-- map and zipWith keep the length; zip needs two vectors of the same length. Worked by hand.
-- expect: [2, 4, 6]
-- expect: [11, 22, 33]
-- expect: [(1, 'a'), (2, 'b'), (3, 'c')]
import Data.Vect

xs : Vect 3 Integer
xs = [1, 2, 3]

main : IO ()
main = do
  printLn (map (* 2) xs)
  printLn (zipWith (+) xs [10, 20, 30])
  printLn (zip xs ['a', 'b', 'c'])
