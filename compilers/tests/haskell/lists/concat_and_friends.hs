-- concat, concatMap, replicate, zipWith, zip3, unzip3, lookup.
main :: IO ()
main = do
  print (concat [[1, 2], [], [3]])
  print (concatMap (replicate 2) "abc")
  print (replicate 3 'x', replicate 0 True)
  print (zipWith (*) [1, 2, 3] [10, 20, 30, 40])
  print (zipWith3 (\a b c -> a + b * c) [1, 2] [3, 4] [5, 6])
  print (unzip3 [(1, 'a', True), (2, 'b', False)])
  print (lookup 2 [(1, "one"), (2, "two")])
  print (zip [1 ..] "hey")
-- expect: [1,2,3]
-- expect: "aabbcc"
-- expect: ("xxx",[])
-- expect: [10,40,90]
-- expect: [16,26]
-- expect: ([1,2],"ab",[True,False])
-- expect: Just "two"
-- expect: [(1,'h'),(2,'e'),(3,'y')]
