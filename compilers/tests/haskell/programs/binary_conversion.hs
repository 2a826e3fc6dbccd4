-- Binary numbers as strings, both ways, and binary addition digit by digit.
toBinary :: Integer -> String
toBinary 0 = "0"
toBinary n = reverse (go n)
  where
    go 0 = ""
    go k = (if odd k then '1' else '0') : go (k `div` 2)

fromBinary :: String -> Integer
fromBinary = foldl (\acc c -> acc * 2 + (if c == '1' then 1 else 0)) 0

addBinary :: String -> String -> String
addBinary a b = dropWhile (== '0') (reverse (go (reverse a) (reverse b) 0)) `orIfEmpty` "0"
  where
    go [] [] 0 = []
    go [] [] carry = show carry
    go xs ys carry =
      let (x, xs') = split xs
          (y, ys') = split ys
          s = x + y + carry
      in (if odd s then '1' else '0') : go xs' ys' (s `div` 2)
    split [] = (0, [])
    split (c : cs) = (if c == '1' then 1 else 0, cs)
    orIfEmpty s d = if null s then d else s

main :: IO ()
main = do
  mapM_ (putStrLn . toBinary) [0, 1, 2, 10, 255, 1843]
  print (map fromBinary ["0", "1", "1010", "11100110011"])
  putStrLn (addBinary "1011" "110")
  putStrLn (addBinary "0" "0")
  print (fromBinary (addBinary (toBinary 1815) (toBinary 1852)))
-- expect: 0
-- expect: 1
-- expect: 10
-- expect: 1010
-- expect: 11111111
-- expect: 11100110011
-- expect: [0,1,10,1843]
-- expect: 10001
-- expect: 0
-- expect: 3667
