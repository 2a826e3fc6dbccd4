-- total's types do not match; main's print id has no Show instance, which GHC does not report while
-- another binding has types that do not match.
total :: [Int] -> String
total xs = sum xs

main :: IO ()
main = do
  putStrLn (total [1, 2, 3])
  print id
-- error: 4:12: Couldn't match expected type
