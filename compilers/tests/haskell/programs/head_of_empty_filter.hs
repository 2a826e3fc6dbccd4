-- head of an empty list after partial output, via a where-bound lookup.
firstLong :: [String] -> String
firstLong ws = head [w | w <- ws, length w > 7]

main :: IO ()
main = do
  putStrLn (firstLong (words "the analytical engine weaves algebraical patterns"))
  putStrLn (firstLong (words "short words only"))
-- expect: analytical
-- GHC reports on stderr: Prelude.head: empty list
-- expect runtime error: trap
-- expect exit: 1
