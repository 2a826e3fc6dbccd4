-- Aligning columns with replicate.
padLeft :: Int -> String -> String
padLeft n s = replicate (n - length s) ' ' ++ s

padRight :: Int -> String -> String
padRight n s = s ++ replicate (n - length s) '.'

main :: IO ()
main = do
  let rows = [("Babbage", 1791), ("Lovelace", 1815), ("Menabrea", 1809), ("Scheutz", 1785)]
  mapM_ (\(n, y) -> putStrLn (padRight 10 n ++ padLeft 6 (show y))) rows
-- expect: Babbage...  1791
-- expect: Lovelace..  1815
-- expect: Menabrea..  1809
-- expect: Scheutz...  1785
