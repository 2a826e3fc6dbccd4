-- Derived Read of a record with String and Char fields; read of a String without its quotes fails.
data Person = Person { pname :: String, initial :: Char, tags :: [String] } deriving (Show, Read, Eq)

main :: IO ()
main = do
  let p = Person "Ann \"A\" Lee" 'x' ["a", "b\n"]
  print (read (show p) == p)
  print (read "Person {pname = \"Bo\", initial = '\\t', tags = []}" :: Person)
  print (read "abc" :: String)
-- expect: True
-- expect: Person {pname = "Bo", initial = '\t', tags = []}
-- GHC reports on stderr: Prelude.read: no parse
-- expect runtime error: trap
-- expect exit: 1
