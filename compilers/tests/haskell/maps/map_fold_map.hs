-- Map.map, Map.filter, Map.foldr, and union.
import qualified Data.Map as Map

prices :: Map.Map String Int
prices = Map.fromList [("brass", 12), ("iron", 5), ("oak", 3), ("steel", 9)]

main :: IO ()
main = do
  print (Map.toList (Map.map (* 2) prices))
  print (Map.keys (Map.filter (> 4) prices))
  print (Map.foldr (+) 0 prices)
  let extra = Map.fromList [("oak", 4), ("tin", 7)]
  print (Map.toList (Map.union extra prices))
  print (Map.toList (Map.unionWith (+) extra prices))
-- expect: [("brass",24),("iron",10),("oak",6),("steel",18)]
-- expect: ["brass","iron","steel"]
-- expect: 29
-- expect: [("brass",12),("iron",5),("oak",4),("steel",9),("tin",7)]
-- expect: [("brass",12),("iron",5),("oak",7),("steel",9),("tin",7)]
