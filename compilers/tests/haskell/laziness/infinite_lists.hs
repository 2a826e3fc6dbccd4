-- Infinite lists: only the part that is used is ever built.
main :: IO ()
main = do
  print (take 5 [1 ..])
  print (take 5 (repeat 'x'))
  print (take 6 (cycle [1, 2, 3]))
  print (take 8 (iterate (* 2) 1))
  print (takeWhile (< 50) (map (^ 2) [1 ..]))
  print (head (filter (> 1000) [n * n | n <- [1 ..]]))
  print (zip [1 ..] "lazy")
-- expect: [1,2,3,4,5]
-- expect: "xxxxx"
-- expect: [1,2,3,1,2,3]
-- expect: [1,2,4,8,16,32,64,128]
-- expect: [1,4,9,16,25,36,49]
-- expect: 1024
-- expect: [(1,'l'),(2,'a'),(3,'z'),(4,'y')]
