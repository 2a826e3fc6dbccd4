-- Derived Show for records prints field names, braces, and negative fields without parentheses.
data Person = Person {name :: String, born :: Int} deriving (Show, Eq)
data Box = Box {content :: Maybe Person, weight :: Int} deriving Show

main :: IO ()
main = do
  print (Person {name = "Ada", born = 1815})
  print (Person "Charles" (-1791))
  print (Box (Just (Person "Luigi" 1809)) 3)
  print [Box Nothing 0]
  print (Just (Person "Mary" 1791))
-- expect: Person {name = "Ada", born = 1815}
-- expect: Person {name = "Charles", born = -1791}
-- expect: Box {content = Just (Person {name = "Luigi", born = 1809}), weight = 3}
-- expect: [Box {content = Nothing, weight = 0}]
-- expect: Just (Person {name = "Mary", born = 1791})
