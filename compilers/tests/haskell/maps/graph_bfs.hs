-- Breadth-first search over a graph stored as a Map of adjacency lists.
import qualified Data.Map as Map

graph :: Map.Map Int [Int]
graph = Map.fromList [(1, [2, 3]), (2, [4]), (3, [4, 5]), (4, [6]), (5, [6]), (6, [])]

bfs :: Int -> [Int]
bfs start = go [start] [start]
  where
    go [] seen = reverse seen
    go (n : queue) seen =
      let next = [m | m <- Map.findWithDefault [] n graph, m `notElem` seen]
      in go (queue ++ next) (reverse next ++ seen)

main :: IO ()
main = do
  print (bfs 1)
  print (bfs 3)
-- expect: [1,2,3,4,5,6]
-- expect: [3,4,5,6]
