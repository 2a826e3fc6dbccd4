-- Pascal's triangle as an infinite list of rows.
pascal :: [[Integer]]
pascal = iterate (\row -> zipWith (+) (0 : row) (row ++ [0])) [1]

main :: IO ()
main = do
  mapM_ print (take 7 pascal)
  print (pascal !! 30 !! 15)
  print (map sum (take 10 pascal))
-- expect: [1]
-- expect: [1,1]
-- expect: [1,2,1]
-- expect: [1,3,3,1]
-- expect: [1,4,6,4,1]
-- expect: [1,5,10,10,5,1]
-- expect: [1,6,15,20,15,6,1]
-- expect: 155117520
-- expect: [1,2,4,8,16,32,64,128,256,512]
