-- map, filter, foldr and foldl, and how foldl and foldr associate.
main :: IO ()
main = do
  print (map (* 3) [1 .. 5])
  print (filter even [1 .. 10])
  print (foldr (+) 0 [1 .. 100])
  print (foldr (\x acc -> "(" ++ show x ++ "+" ++ acc ++ ")") "0" [1, 2, 3])
  print (foldl (\acc x -> "(" ++ acc ++ "+" ++ show x ++ ")") "0" [1, 2, 3])
  print (foldl (-) 10 [1, 2, 3], foldr (-) 10 [1, 2, 3])
  print (foldr1 max [3, 8, 2], foldl1 (-) [10, 2, 3])
  print (scanl (+) 0 [1, 2, 3, 4], scanr (+) 0 [1, 2, 3], scanl1 max [3, 1, 4, 1, 5])
-- expect: [3,6,9,12,15]
-- expect: [2,4,6,8,10]
-- expect: 5050
-- expect: "(1+(2+(3+0)))"
-- expect: "(((0+1)+2)+3)"
-- expect: (4,-8)
-- expect: (8,5)
-- expect: ([0,1,3,6,10],[6,5,3,0],[3,3,4,4,5])
