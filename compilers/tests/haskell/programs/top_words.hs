-- The most frequent words of the input, with Data.Map and sortBy.
import qualified Data.Map as Map
import Data.Char (isAlpha, toLower)
import Data.List (sortBy)

main :: IO ()
main = do
  text <- getContents
  let ws = words (map (\c -> if isAlpha c then toLower c else ' ') text)
      counts = Map.toList (foldr (\w m -> Map.insert w (Map.findWithDefault 0 w m + 1) m) Map.empty ws)
      ranked = sortBy (\(a, x) (b, y) -> case compare y x of EQ -> compare a b; o -> o) counts
  mapM_ (\(w, n) -> putStrLn (show n ++ " " ++ w)) (take 4 ranked)
-- stdin: It can do whatever we know how to order it to perform.
-- stdin: It can follow analysis; but it has no power of anticipating
-- stdin: any analytical relations or truths.
-- expect: 4 it
-- expect: 2 can
-- expect: 2 to
-- expect: 1 analysis
