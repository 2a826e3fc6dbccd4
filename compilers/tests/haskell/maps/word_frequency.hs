-- Word frequencies with Data.Map, printed in key order.
import qualified Data.Map as Map
import Data.Char (toLower, isAlpha)

frequencies :: String -> Map.Map String Int
frequencies text = foldr (\w m -> Map.insert w (Map.findWithDefault 0 w m + 1) m) Map.empty ws
  where
    ws = words (map (\c -> if isAlpha c then toLower c else ' ') text)

main :: IO ()
main = do
  let text = "The Engine weaves algebraical patterns, just as the Jacquard loom weaves flowers and leaves."
  mapM_ (\(w, n) -> putStrLn (w ++ " " ++ show n)) (Map.toList (frequencies text))
-- expect: algebraical 1
-- expect: and 1
-- expect: as 1
-- expect: engine 1
-- expect: flowers 1
-- expect: jacquard 1
-- expect: just 1
-- expect: leaves 1
-- expect: loom 1
-- expect: patterns 1
-- expect: the 2
-- expect: weaves 2
