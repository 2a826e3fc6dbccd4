-- A record field named like a Prelude function: using the selector is ambiguous; the other field is not.
data Person = Person { name :: String, id :: Int }

main :: IO ()
main = do
  putStrLn (name (Person "Ann" 3))
  print (id (Person "Bob" 4))
-- error: 7:10: Ambiguous occurrence
