-- A constructor's field has the type the data declaration gives it.
data Person = Person String Int

ada :: Person
ada = Person "Ada" "1815"

main :: IO ()
main = putStrLn "unreachable"
-- error: 5:20: Couldn't match expected type
