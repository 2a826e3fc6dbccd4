-- More of Data.Map: !?, toDescList, unions(With), partition, mapMaybe, update, difference, intersection(With),
-- mapKeys, lookupLE/GE/LT/GT, deleteMax, minView/maxView(WithKey), foldr', fromAscList.
import qualified Data.Map as M

main :: IO ()
main = do
  let scores = M.fromList [("ann", 91), ("bob", 78), ("cy", 85), ("di", 66 :: Int)]
      grades = M.fromList [(90, 'A'), (80, 'B'), (70, 'C'), (0, 'F') :: (Int, Char)]
  print (scores M.!? "bob", scores M.!? "zed", M.toDescList scores)
  print (M.unionsWith (+) [M.fromList [("a", 1 :: Int)], M.fromList [("a", 2), ("b", 3)], M.fromList [("b", 4)]])
  print (M.unions [M.fromList [(1 :: Int, 'x')], M.fromList [(1, 'y'), (2, 'z')]])
  print (M.partition (>= 80) scores)
  print (M.mapMaybe (\s -> if s > 80 then Just (s - 80) else Nothing) scores)
  print (M.update (\s -> if s > 90 then Nothing else Just (s + 1)) "ann" scores, M.update (Just . (+ 1)) "bob" scores)
  print (M.difference scores (M.fromList [("bob", ()), ("zed", ())]), M.intersectionWith (,) scores (M.fromList [("cy", True)]))
  print (M.mapKeys length scores, fmap snd (M.lookupLE 85 grades), M.lookupGE 81 grades, M.lookupLT 0 grades, M.lookupGT 90 grades)
  print (M.deleteMax scores, M.minViewWithKey scores, fmap fst (M.maxView scores), M.minView (M.empty :: M.Map Int Int))
  print (M.foldr' (+) 0 scores, M.fromAscList [(1 :: Int, 'a'), (2, 'b')], M.intersection scores (M.fromList [("di", 'q')]))
-- expect: (Just 78,Nothing,[("di",66),("cy",85),("bob",78),("ann",91)])
-- expect: fromList [("a",3),("b",7)]
-- expect: fromList [(1,'x'),(2,'z')]
-- expect: (fromList [("ann",91),("cy",85)],fromList [("bob",78),("di",66)])
-- expect: fromList [("ann",11),("cy",5)]
-- expect: (fromList [("bob",78),("cy",85),("di",66)],fromList [("ann",91),("bob",79),("cy",85),("di",66)])
-- expect: (fromList [("ann",91),("cy",85),("di",66)],fromList [("cy",(85,True))])
-- expect: (fromList [(2,66),(3,78)],Just 'B',Just (90,'A'),Nothing,Nothing)
-- expect: (fromList [("ann",91),("bob",78),("cy",85)],Just (("ann",91),fromList [("bob",78),("cy",85),("di",66)]),Just 66,Nothing)
-- expect: (320,fromList [(1,'a'),(2,'b')],fromList [("di",66)])
