-- A do block's let may bind several names, each at the column of the first (the layout rule), and a
-- case below it may use them in types: exactLength (length xs) gives a vector of the same length as
-- fromList xs, since xs is the same let-bound name in both. Worked by hand: the sums 1+4, 2+5, 3+6
-- and the lengths 3 and 2.
-- expect: [5, 7, 9]
-- expect: lengths differ
import Data.Vect

pairSum : Vect n Integer -> Vect n Integer -> Vect n Integer
pairSum [] [] = []
pairSum (x :: xs) (y :: ys) = (x + y) :: pairSum xs ys

addLists : List Integer -> List Integer -> IO ()
addLists as bs = do
  let xs = as
      ys = bs
  case exactLength (length xs) (fromList ys) of
    Nothing => putStrLn "lengths differ"
    Just v => printLn (pairSum (fromList xs) v)

main : IO ()
main = do
  addLists [1, 2, 3] [4, 5, 6]
  addLists [1, 2, 3] [4, 5]
