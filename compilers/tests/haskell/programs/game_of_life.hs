-- Conway's Game of Life on a small set of live cells: a glider moves one cell diagonally in four steps.
-- max-steps: 50000000
import Data.List (nub, sort)

type Cell = (Int, Int)

neighbours :: Cell -> [Cell]
neighbours (r, c) = [(r + dr, c + dc) | dr <- [-1, 0, 1], dc <- [-1, 0, 1], (dr, dc) /= (0, 0)]

step :: [Cell] -> [Cell]
step live = sort [cell | cell <- candidates, rule cell]
  where
    candidates = nub (live ++ concatMap neighbours live)
    count cell = length (filter (`elem` live) (neighbours cell))
    rule cell
      | cell `elem` live = count cell `elem` [2, 3]
      | otherwise = count cell == 3

render :: [Cell] -> [String]
render live = [[if (r, c) `elem` live then '#' else '.' | c <- [0 .. 5]] | r <- [0 .. 5]]

main :: IO ()
main = do
  let glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
      gens = iterate step glider
  mapM_ putStrLn (render (gens !! 0))
  putStrLn ""
  mapM_ putStrLn (render (gens !! 4))
  print (gens !! 4 == map (\(r, c) -> (r + 1, c + 1)) glider)
  print (step [(1, 0), (1, 1), (1, 2)])
-- expect: .#....
-- expect: ..#...
-- expect: ###...
-- expect: ......
-- expect: ......
-- expect: ......
-- expect:
-- expect: ......
-- expect: ..#...
-- expect: ...#..
-- expect: .###..
-- expect: ......
-- expect: ......
-- expect: True
-- expect: [(0,1),(1,1),(2,1)]
