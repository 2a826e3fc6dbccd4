-- Data.List: sort, sortBy, nub, group, partition.
import Data.List (group, nub, partition, sort, sortBy)

main :: IO ()
main = do
  let xs = [5, 3, 8, 1, 3, 5, 5, 2] :: [Int]
  print (sort xs)
  print (sortBy (\a b -> compare b a) xs)
  print (nub xs)
  print (group (sort xs))
  print (map (\g -> (head g, length g)) (group (sort xs)))
  print (partition even xs)
  print (sort ["pear", "apple", "fig"])
  print (sortBy (\a b -> compare (length a) (length b)) ["ccc", "a", "bb", "dd"])
-- expect: [1,2,3,3,5,5,5,8]
-- expect: [8,5,5,5,3,3,2,1]
-- expect: [5,3,8,1,2]
-- expect: [[1],[2],[3,3],[5,5,5],[8]]
-- expect: [(1,1),(2,1),(3,2),(5,3),(8,1)]
-- expect: ([8,2],[5,3,1,3,5,5])
-- expect: ["apple","fig","pear"]
-- expect: ["a","bb","dd","ccc"]
