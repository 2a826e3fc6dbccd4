-- toUpper lives in Data.Char, which this program does not import.
main :: IO ()
main = putStrLn (map toUpper "engine")
-- error: 3:22: Variable not in scope: toUpper
