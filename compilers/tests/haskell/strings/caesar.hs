-- The Caesar cipher with ord and chr.
import Data.Char (chr, isLower, isUpper, ord)

shift :: Int -> Char -> Char
shift n c
  | isLower c = rotate 'a'
  | isUpper c = rotate 'A'
  | otherwise = c
  where
    rotate base = chr (ord base + (ord c - ord base + n) `mod` 26)

encode :: Int -> String -> String
encode n = map (shift n)

main :: IO ()
main = do
  let secret = encode 3 "Attack at Dawn, Ada!"
  putStrLn secret
  putStrLn (encode (-3) secret)
  putStrLn (encode 13 (encode 13 "round trip"))
-- expect: Dwwdfn dw Gdzq, Dgd!
-- expect: Attack at Dawn, Ada!
-- expect: round trip
