-- Reading a matrix in a spiral: the first row, then the spiral of the rest turned.
import Data.List (transpose)

spiral :: [[a]] -> [a]
spiral [] = []
spiral (row : rows) = row ++ spiral (reverse (transpose rows))

main :: IO ()
main = do
  print (spiral [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
  print (spiral [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
  putStrLn (spiral ["abc", "hid", "gfe"])
-- expect: [1,2,3,6,9,8,7,4,5]
-- expect: [1,2,3,4,8,12,11,10,9,5,6,7]
-- expect: abcdefghi
