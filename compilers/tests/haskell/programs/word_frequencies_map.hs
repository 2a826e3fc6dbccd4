-- Word frequencies with Data.Map from standard input, most frequent first.
import qualified Data.Map as Map
import Data.Char (toLower, isAlpha)
import Data.List (sortBy)

main :: IO ()
main = do
  text <- getContents
  let ws = words (map (\c -> if isAlpha c then toLower c else ' ') text)
      freq = Map.fromListWith (+) [(w, 1 :: Int) | w <- ws]
      top = take 5 (sortBy (\(a, x) (b, y) -> case compare y x of { EQ -> compare a b; o -> o }) (Map.toList freq))
  mapM_ (\(w, n) -> putStrLn (w ++ ": " ++ show n)) top
  print (Map.size freq, Map.lookup "the" freq, Map.findWithDefault 0 "zebra" freq)
  print (Map.toList (Map.filter (> 2) freq))
-- stdin: The Engine weaves algebraical patterns just as the Jacquard loom weaves flowers and leaves.
-- stdin: The engine, the loom; the pattern and the patterns.
-- expect: the: 6
-- expect: and: 2
-- expect: engine: 2
-- expect: loom: 2
-- expect: patterns: 2
-- expect: (13,Just 6,0)
-- expect: [("the",6)]
