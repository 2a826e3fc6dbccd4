-- An insertion sort's own `insert` in a program that imports all of Data.List.
import Data.List

insert :: Int -> [Int] -> [Int]
insert x [] = [x]
insert x (y:ys)
  | x <= y = x : y : ys
  | otherwise = y : insert x ys

main :: IO ()
main = print (foldr insert [] [3, 1, 2] ++ sort [5, 4])
-- error: 8:21: Ambiguous occurrence
-- error: 11:21: Ambiguous occurrence
