-- A record declaration with named fields and field access by projection. Worked by hand.
-- expect: Lovelace
-- expect: 1815
record Person where
  constructor MkPerson
  name : String
  born : Integer

ada : Person
ada = MkPerson "Lovelace" 1815

main : IO ()
main = do
  putStrLn (name ada)
  printLn (born ada)
