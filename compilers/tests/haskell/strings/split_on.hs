-- Splitting a string on a separator, written with break.
splitOn :: Char -> String -> [String]
splitOn sep s = case break (== sep) s of
  (chunk, []) -> [chunk]
  (chunk, _ : rest) -> chunk : splitOn sep rest

main :: IO ()
main = do
  print (splitOn ',' "1815,1852,Ada")
  print (splitOn ',' ",a,,b,")
  print (map read (splitOn ':' "12:34:56") :: [Int])
-- expect: ["1815","1852","Ada"]
-- expect: ["","a","","b",""]
-- expect: [12,34,56]
