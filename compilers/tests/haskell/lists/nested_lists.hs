-- Lists of lists: matrices as rows.
type Matrix = [[Integer]]

mmul :: Matrix -> Matrix -> Matrix
mmul a b = [[sum (zipWith (*) row col) | col <- cols] | row <- a]
  where
    cols = foldr (zipWith (:)) (repeat []) b

identity :: Int -> Matrix
identity n = [[if i == j then 1 else 0 | j <- [1 .. n]] | i <- [1 .. n]]

main :: IO ()
main = do
  let m = [[1, 1], [1, 0]]
  print (mmul m m)
  print (foldr mmul (identity 2) (replicate 10 m))
  print (identity 3)
  print (map sum [[1, 2], [3, 4, 5], []])
-- expect: [[2,1],[1,1]]
-- expect: [[89,55],[55,34]]
-- expect: [[1,0,0],[0,1,0],[0,0,1]]
-- expect: [3,12,0]
