-- Sorting records by a key, stable: equal keys keep their order.
import Data.List (sortBy)

people :: [(String, Int)]
people = [("Ada", 1815), ("Charles", 1791), ("Luigi", 1809), ("Augustus", 1806), ("Mary", 1791)]

main :: IO ()
main = do
  mapM_ print (sortBy (\(_, a) (_, b) -> compare a b) people)
  print (map fst (sortBy (\(a, _) (b, _) -> compare (length a) (length b)) people))
-- expect: ("Charles",1791)
-- expect: ("Mary",1791)
-- expect: ("Augustus",1806)
-- expect: ("Luigi",1809)
-- expect: ("Ada",1815)
-- expect: ["Ada","Mary","Luigi","Charles","Augustus"]
