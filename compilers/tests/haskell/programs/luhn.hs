-- The Luhn checksum of card numbers read from the input.
import Data.Char (digitToInt, isDigit)

luhn :: String -> Bool
luhn s = total `mod` 10 == 0
  where
    ds = reverse (map digitToInt (filter isDigit s))
    total = sum (zipWith ($) (cycle [id, double]) ds)
    double d = let e = 2 * d in if e > 9 then e - 9 else e

main :: IO ()
main = interact (unlines . map (\l -> l ++ ": " ++ (if luhn l then "valid" else "invalid")) . lines)
-- stdin: 4539 3195 0343 6467
-- stdin: 8273 1232 7352 0569
-- stdin: 79927398713
-- stdin: 79927398710
-- expect: 4539 3195 0343 6467: valid
-- expect: 8273 1232 7352 0569: invalid
-- expect: 79927398713: valid
-- expect: 79927398710: invalid
