-- A dynamic-programming table as a Map built by fromList with its keys in ascending order (707 cells,
-- each reading two others): fromList makes the balanced tree at once, as containers' does for ascending
-- keys (pair by pair, the table alone spent the instruction budget). Checked against GHC 9.0.2.
import qualified Data.Map as M

data Item = Item { iname :: String, weight :: Int, value :: Int } deriving Show

knapsack :: Int -> [Item] -> (Int, [String])
knapsack cap items = table M.! (length items, cap)
  where
    table = M.fromList [((i, w), cell i w) | i <- [0 .. length items], w <- [0 .. cap]]
    cell 0 _ = (0, [])
    cell i w
      | weight it > w = skip
      | otherwise = if fst skip >= fst taken then skip else taken
      where
        it = items !! (i - 1)
        skip = table M.! (i - 1, w)
        taken = let (v, ns) = table M.! (i - 1, w - weight it) in (v + value it, iname it : ns)

main :: IO ()
main = do
  let items =
        [ Item "map" 9 150, Item "compass" 13 35, Item "water" 153 200
        , Item "sandwich" 50 160, Item "glucose" 15 60, Item "banana" 27 60 ]
  print (knapsack 100 items)
  print (knapsack 10 items, knapsack 0 items)
  let squares = M.fromList [(n, n * n) | n <- [1 .. 300 :: Int]]
      mixed = M.fromList [(3, "c"), (1, "a"), (3, "C"), (2, "b")]
  print (M.size squares, M.lookup 17 squares, M.elemAt 99 squares, M.findIndex 250 squares)
  print (M.toList (M.filter (> 88000) squares), mixed, M.insert 0 "z" mixed)
-- expect: (405,["glucose","sandwich","compass","map"])
-- expect: ((150,["map"]),(0,[]))
-- expect: (300,Just 289,(100,10000),249)
-- expect: ([(297,88209),(298,88804),(299,89401),(300,90000)],fromList [(1,"a"),(2,"b"),(3,"C")],fromList [(0,"z"),(1,"a"),(2,"b"),(3,"C")])
