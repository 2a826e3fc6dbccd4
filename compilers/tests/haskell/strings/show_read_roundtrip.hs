-- show turns values into strings; read parses them back.
main :: IO ()
main = do
  let values = [3, -4, 1234567] :: [Int]
  let texts = map show values
  print texts
  print (map read texts :: [Int])
  print (read (show (Just [1, 2])) :: Maybe [Int])
  putStrLn (show 3 ++ show 'c' ++ show "s" ++ show True)
  print (length (show (2 ^ 100)))
-- expect: ["3","-4","1234567"]
-- expect: [3,-4,1234567]
-- expect: Just [1,2]
-- expect: 3'c'"s"True
-- expect: 31
