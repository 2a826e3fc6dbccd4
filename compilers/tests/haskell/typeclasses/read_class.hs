-- read converts a String to a value of the type the context asks for.
main :: IO ()
main = do
  let n = read "42" :: Int
  print (n + 1)
  print (read "-17" + 3 :: Integer)
  print (map read (words "1 2 3 4") :: [Int])
  print (sum (map read ["10", "20", "30"]) :: Integer)
  print (read "[1,2,3]" :: [Int])
  print (read "(5,True)" :: (Int, Bool))
-- expect: 43
-- expect: -14
-- expect: [1,2,3,4]
-- expect: 60
-- expect: [1,2,3]
-- expect: (5,True)
