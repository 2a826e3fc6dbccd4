-- Anonymous functions, with several arguments and with patterns.
main :: IO ()
main = do
  print (map (\x -> x * x) [1, 2, 3, 4])
  print ((\x y -> x * 10 + y) 4 2)
  print (map (\(a, b) -> a + b) [(1, 2), (3, 4)])
  print (filter (\s -> length s > 3) ["a", "abcd", "xyz", "hello"])
  print (foldr (\x acc -> x : take 2 acc) [] [1 .. 10])
-- expect: [1,4,9,16]
-- expect: 42
-- expect: [3,7]
-- expect: ["abcd","hello"]
-- expect: [1,2,3]
