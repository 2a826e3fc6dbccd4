-- Word frequencies of the input with Data.Map: the most frequent first, ties in alphabetical order.
import qualified Data.Map as Map
import Data.Char (toLower, isAlpha)
import Data.List (sortBy)
import Data.Ord (comparing, Down(..))

normalise :: String -> String
normalise = map toLower . filter isAlpha

countWords :: [String] -> Map.Map String Int
countWords = foldr (\w m -> Map.insertWith (+) w 1 m) Map.empty

main :: IO ()
main = do
  text <- getContents
  let ws = filter (not . null) (map normalise (words text))
      counts = countWords ws
      ranked = sortBy (comparing (\(w, n) -> (Down n, w))) (Map.toList counts)
  putStrLn ("words: " ++ show (length ws) ++ ", distinct: " ++ show (Map.size counts))
  mapM_ (\(w, n) -> putStrLn (w ++ " " ++ replicate n '*')) (take 5 ranked)
  print (Map.lookup "the" counts, Map.findWithDefault 0 "zebra" counts)
  print (Map.keys (Map.filter (>= 3) counts))
-- stdin: The quick brown fox jumps over the lazy dog.
-- stdin: The dog barks; the fox runs.
-- stdin: A fox, a dog, and THE end!
-- expect: words: 22, distinct: 13
-- expect: the *****
-- expect: dog ***
-- expect: fox ***
-- expect: a **
-- expect: and *
-- expect: (Just 5,0)
-- expect: ["dog","fox","the"]
