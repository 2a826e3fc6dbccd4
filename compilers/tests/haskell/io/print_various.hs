-- print is putStrLn . show, for any Show type.
main :: IO ()
main = do
  print ()
  print (Just ())
  print [[1, 2], [3]]
  print ["a", "b"]
  print ([] :: [Int])
  print ""
  print (1 :: Int, 'c', "s", [True])
-- expect: ()
-- expect: Just ()
-- expect: [[1,2],[3]]
-- expect: ["a","b"]
-- expect: []
-- expect: ""
-- expect: (1,'c',"s",[True])
