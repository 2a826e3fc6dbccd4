-- Shortest path through a maze by breadth-first search, the visited cells in a Data.Set.
import qualified Data.Set as Set

type Pos = (Int, Int)

maze :: [String]
maze =
  [ "S..#......"
  , ".#.#.####."
  , ".#...#...."
  , ".####.#.#."
  , "......#.#E"
  ]

at :: Pos -> Char
at (r, c) = (maze !! r) !! c

inside :: Pos -> Bool
inside (r, c) = r >= 0 && c >= 0 && r < length maze && c < length (head maze)

find :: Char -> Pos
find ch = head [(r, c) | (r, row) <- zip [0 ..] maze, (c, x) <- zip [0 ..] row, x == ch]

neighbours :: Pos -> [Pos]
neighbours (r, c) = [p | p <- [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)], inside p, at p /= '#']

bfs :: Set.Set Pos -> [(Pos, Int)] -> Maybe Int
bfs _ [] = Nothing
bfs seen ((p, d) : rest)
  | at p == 'E' = Just d
  | otherwise =
      let next = [q | q <- neighbours p, not (Set.member q seen)]
          seen' = foldr Set.insert seen next
      in bfs seen' (rest ++ [(q, d + 1) | q <- next])

reachable :: Pos -> Set.Set Pos
reachable start = go (Set.singleton start) [start]
  where
    go seen [] = seen
    go seen (p : ps) =
      let new = filter (`Set.notMember` seen) (neighbours p)
      in go (Set.union seen (Set.fromList new)) (ps ++ new)

main :: IO ()
main = do
  let start = find 'S'
  print (start, find 'E')
  print (bfs (Set.singleton start) [(start, 0)])
  let r = reachable start
  print (Set.size r, Set.member (find 'E') r, Set.findMax r)
  print (length (filter (== '.') (concat maze)))
-- expect: ((0,0),(4,9))
-- expect: Just 17
-- expect: (33,True,(4,9))
-- expect: 31
