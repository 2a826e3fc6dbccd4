-- Grouping anagrams by their sorted letters.
import Data.List (sort, sortBy, groupBy)

anagrams :: [String] -> [[String]]
anagrams ws = map (map snd) (groupBy (\a b -> fst a == fst b) (sortBy (\a b -> compare (fst a) (fst b)) keyed))
  where
    keyed = [(sort w, w) | w <- ws]

main :: IO ()
main = mapM_ print (anagrams ["listen", "enlist", "google", "silent", "banana", "inlets"])
-- expect: ["banana"]
-- expect: ["google"]
-- expect: ["listen","enlist","silent","inlets"]
