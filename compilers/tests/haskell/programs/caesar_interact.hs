-- interact: each line encrypted with a Caesar shift that grows with the line number, then decrypted.
import Data.Char (isUpper, isLower, ord, chr)

shift :: Int -> Char -> Char
shift n c
  | isUpper c = rot 'A'
  | isLower c = rot 'a'
  | otherwise = c
  where rot base = chr (ord base + (ord c - ord base + n) `mod` 26)

process :: String -> String
process input = unlines (zipWith line [1 ..] (lines input))
  where
    line i s =
      let enc = map (shift i) s
          dec = map (shift (negate i)) enc
      in show i ++ ": " ++ enc ++ " | " ++ (if dec == s then "ok" else "MISMATCH")

main :: IO ()
main = interact process
-- stdin: Hello, World!
-- stdin: abc xyz ABC XYZ
-- stdin: Zebra-123
-- expect: 1: Ifmmp, Xpsme! | ok
-- expect: 2: cde zab CDE ZAB | ok
-- expect: 3: Cheud-123 | ok
