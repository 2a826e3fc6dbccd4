-- A Vect is Foldable: sum and foldr over it. Worked by hand: 1 + 2 + ... + 6 = 21.
-- expect: 21
-- expect: "xyz"
import Data.Vect

main : IO ()
main = do
  printLn (sum (the (Vect 6 Integer) [1, 2, 3, 4, 5, 6]))
  printLn (foldr (\c, s => strCons c s) "" (the (Vect 3 Char) ['x', 'y', 'z']))
