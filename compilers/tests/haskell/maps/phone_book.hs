-- A phone book as a Map from names to numbers, queried with lookup and findWithDefault.
import qualified Data.Map as Map
import Data.Map (Map)

type Book = Map String String

book :: Book
book = Map.fromList [("ada", "555-1815"), ("charles", "555-1791")]

query :: Book -> String -> String
query b n = case Map.lookup n b of
  Nothing -> n ++ ": unknown"
  Just num -> n ++ ": " ++ num

main :: IO ()
main = do
  mapM_ (putStrLn . query book) ["ada", "luigi"]
  let book2 = Map.insert "luigi" "555-1809" book
  mapM_ (putStrLn . query book2) (Map.keys book2)
  putStrLn (Map.findWithDefault "?" "mary" book2)
-- expect: ada: 555-1815
-- expect: luigi: unknown
-- expect: ada: 555-1815
-- expect: charles: 555-1791
-- expect: luigi: 555-1809
-- expect: ?
