-- Data.Map: fromList, insert, lookup, toList, findWithDefault, member, size, delete.
import qualified Data.Map as Map

main :: IO ()
main = do
  let m = Map.fromList [(3, "three"), (1, "one"), (2, "two")]
  print (Map.toList m)
  print (Map.lookup 2 m, Map.lookup 5 m)
  print (Map.findWithDefault "none" 7 m)
  let m2 = Map.insert 0 "zero" (Map.insert 2 "TWO" m)
  print (Map.toList m2)
  print (Map.member 1 m2, Map.size m2)
  print (Map.toList (Map.delete 3 m2))
  print (Map.keys m, Map.elems m)
  print m
-- expect: [(1,"one"),(2,"two"),(3,"three")]
-- expect: (Just "two",Nothing)
-- expect: "none"
-- expect: [(0,"zero"),(1,"one"),(2,"TWO"),(3,"three")]
-- expect: (True,4)
-- expect: [(0,"zero"),(1,"one"),(2,"TWO")]
-- expect: ([1,2,3],["one","two","three"])
-- expect: fromList [(1,"one"),(2,"two"),(3,"three")]
