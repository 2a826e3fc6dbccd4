-- A league table in a Map: positions (elemAt, findIndex), folds with keys, splits, key sets, and
-- traverse, sequenceA and foldMap at lists.
import qualified Data.Map as Map
import qualified Data.Set as Set

main :: IO ()
main = do
  let table = Map.fromListWith (+) [("ada", 3), ("bob", 1), ("cy", 0), ("ada", 1), ("dee", 3)]
  print table
  print (Map.elemAt 0 table, Map.elemAt 3 table, Map.findIndex "cy" table, Map.lookupIndex "zed" table)
  print (Map.take 2 table, Map.drop 3 table, Map.splitAt 1 table)
  print (Map.split "bob" table)
  print (Map.deleteFindMin table)
  print (Map.foldl' (+) 0 table, Map.foldlWithKey' (\acc k v -> acc + length k * v) 0 table)
  print (Map.insertWithKey (\k new old -> length k + new + old) "bob" 10 table)
  print (Map.adjustWithKey (\k v -> v * length k) "ada" table)
  print (Map.fromListWithKey (\k a b -> k ++ a ++ b) [("x", "1"), ("y", "2"), ("x", "3")])
  print (Map.partitionWithKey (\k v -> k < "c" || v > 2) table)
  print (Map.mapMaybeWithKey (\k v -> if v > 0 then Just (k ++ "!") else Nothing) table)
  print (Map.unionWithKey (\k a b -> length k * 100 + a + b) table (Map.fromList [("cy", 5), ("eve", 2)]))
  print (Map.isSubmapOf (Map.fromList [("ada", 4)]) table, Map.isSubmapOf (Map.fromList [("ada", 1)]) table)
  print (Map.mapAccum (\acc v -> (acc + v, acc)) 0 table)
  print (Map.mapAccumWithKey (\acc k v -> (acc ++ k, v * 2)) "" table)
  print (Map.keysSet table, Map.restrictKeys table (Set.fromList ["bob", "dee", "zz"]))
  print (Map.withoutKeys table (Set.fromList ["bob", "dee"]))
  print (Map.mapKeysWith (+) length table, Map.differenceWith (\a b -> if a > b then Just (a - b) else Nothing) table (Map.fromList [("ada", 1), ("bob", 5)]))
  print (traverse (\v -> if v >= 0 then Just v else Nothing) [1, 2, 3], sequenceA [[1, 2], [3]], foldMap show [1, 2, 3])
  print (Map.elemAt 7 table)
-- expect: fromList [("ada",4),("bob",1),("cy",0),("dee",3)]
-- expect: (("ada",4),("dee",3),2,Nothing)
-- expect: (fromList [("ada",4),("bob",1)],fromList [("dee",3)],(fromList [("ada",4)],fromList [("bob",1),("cy",0),("dee",3)]))
-- expect: (fromList [("ada",4)],fromList [("cy",0),("dee",3)])
-- expect: (("ada",4),fromList [("bob",1),("cy",0),("dee",3)])
-- expect: (8,24)
-- expect: fromList [("ada",4),("bob",14),("cy",0),("dee",3)]
-- expect: fromList [("ada",12),("bob",1),("cy",0),("dee",3)]
-- expect: fromList [("x","x31"),("y","2")]
-- expect: (fromList [("ada",4),("bob",1),("dee",3)],fromList [("cy",0)])
-- expect: fromList [("ada","ada!"),("bob","bob!"),("dee","dee!")]
-- expect: fromList [("ada",4),("bob",1),("cy",205),("dee",3),("eve",2)]
-- expect: (True,False)
-- expect: (8,fromList [("ada",0),("bob",4),("cy",5),("dee",5)])
-- expect: ("adabobcydee",fromList [("ada",8),("bob",2),("cy",0),("dee",6)])
-- expect: (fromList ["ada","bob","cy","dee"],fromList [("bob",1),("dee",3)])
-- expect: fromList [("ada",4),("cy",0)]
-- expect: (fromList [(2,0),(3,8)],fromList [("ada",3),("cy",0),("dee",3)])
-- expect: (Just [1,2,3],[[1,3],[2,3]],"123")
-- GHC reports on stderr: prog: Map.elemAt: index out of range
-- GHC reports on stderr: CallStack (from HasCallStack):
-- GHC reports on stderr:   error, called at libraries/containers/containers/src/Data/Map/Internal.hs:1504:17 in containers-0.6.4.1:Data.Map.Internal
-- expect runtime error: trap
-- expect exit: 1
