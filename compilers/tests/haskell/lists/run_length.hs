-- Run-length encoding with group, and decoding with concatMap.
import Data.List (group)

encode :: String -> [(Int, Char)]
encode = map (\g -> (length g, head g)) . group

decode :: [(Int, Char)] -> String
decode = concatMap (\(n, c) -> replicate n c)

main :: IO ()
main = do
  let e = encode "aaabccddddde"
  print e
  putStrLn (decode e)
  print (decode (encode "mississippi") == "mississippi")
-- expect: [(3,'a'),(1,'b'),(2,'c'),(5,'d'),(1,'e')]
-- expect: aaabccddddde
-- expect: True
