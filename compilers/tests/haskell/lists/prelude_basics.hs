-- The list functions of the Prelude, one by one.
main :: IO ()
main = do
  let xs = [3, 1, 4, 1, 5, 9, 2, 6] :: [Int]
  print (head xs, tail xs, last xs, init xs)
  print (null xs, null [], length xs)
  print (reverse xs)
  print (take 3 xs, drop 3 xs, splitAt 2 xs)
  print (takeWhile (< 5) xs, dropWhile (< 5) xs)
  print (span odd xs, break (> 4) xs)
  print (xs !! 5)
  print (elem 9 xs, notElem 9 xs)
  print (sum xs, product xs, maximum xs, minimum xs)
-- expect: (3,[1,4,1,5,9,2,6],6,[3,1,4,1,5,9,2])
-- expect: (False,True,8)
-- expect: [6,2,9,5,1,4,1,3]
-- expect: ([3,1,4],[1,5,9,2,6],([3,1],[4,1,5,9,2,6]))
-- expect: ([3,1,4,1],[5,9,2,6])
-- expect: (([3,1],[4,1,5,9,2,6]),([3,1,4,1],[5,9,2,6]))
-- expect: 9
-- expect: (True,False)
-- expect: (31,6480,9,1)
