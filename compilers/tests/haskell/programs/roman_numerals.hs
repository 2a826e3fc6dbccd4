-- Roman numerals in both directions.
-- max-steps: 80000000
numerals :: [(Int, String)]
numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

toRoman :: Int -> String
toRoman 0 = ""
toRoman n = s ++ toRoman (n - v)
  where
    (v, s) = head (filter ((<= n) . fst) numerals)

fromRoman :: String -> Int
fromRoman s = go (map value s)
  where
    value c = case c of
      'I' -> 1
      'V' -> 5
      'X' -> 10
      'L' -> 50
      'C' -> 100
      'D' -> 500
      'M' -> 1000
      _ -> 0
    go (a : b : rest)
      | a < b = b - a + go rest
      | otherwise = a + go (b : rest)
    go [a] = a
    go [] = 0

main :: IO ()
main = do
  mapM_ (putStrLn . toRoman) [1843, 1999, 2026, 4, 14]
  print (map fromRoman ["MDCCCXLIII", "MCMXCIX", "XIV", "MMXXVI"])
  print (all (\n -> fromRoman (toRoman n) == n) [1 .. 500])
-- expect: MDCCCXLIII
-- expect: MCMXCIX
-- expect: MMXXVI
-- expect: IV
-- expect: XIV
-- expect: [1843,1999,14,2026]
-- expect: True
