-- Maybe as the result of a partial lookup, consumed with case and with map. Worked by hand.
-- expect: Just "Babbage"
-- expect: Nothing
-- expect: Just 7
-- expect: not found
lookupName : Integer -> List (Integer, String) -> Maybe String
lookupName _ [] = Nothing
lookupName k ((k', v) :: rest) = if k == k' then Just v else lookupName k rest

people : List (Integer, String)
people = [(1815, "Lovelace"), (1791, "Babbage")]

main : IO ()
main = do
  printLn (lookupName 1791 people)
  printLn (lookupName 1800 people)
  printLn (map length (lookupName 1791 people))
  case lookupName 1900 people of
    Nothing => putStrLn "not found"
    Just n  => putStrLn n
