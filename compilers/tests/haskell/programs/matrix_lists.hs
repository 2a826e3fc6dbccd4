-- Matrices as lists of lists: multiplication, transpose, identity, determinant, shown row by row.
import Data.List (transpose)

type Matrix = [[Double]]

mmul :: Matrix -> Matrix -> Matrix
mmul a b = [[sum (zipWith (*) r c) | c <- transpose b] | r <- a]

identity :: Int -> Matrix
identity n = [[if i == j then 1 else 0 | j <- [1 .. n]] | i <- [1 .. n]]

det :: Matrix -> Double
det [[x]] = x
det m = sum [(-1) ^ i * head row * det (minor i) | (i, row) <- zip [0 ..] m]
  where minor i = [tail r | (j, r) <- zip [0 :: Int ..] m, j /= i]

power :: Matrix -> Int -> Matrix
power m 0 = identity (length m)
power m k = mmul m (power m (k - 1))

main :: IO ()
main = do
  let a = [[1, 2], [3, 4]]
      r = [[cos 0.3, -(sin 0.3)], [sin 0.3, cos 0.3]]
  mapM_ print (mmul a a)
  mapM_ print (power r 5)
  print (det a, det [[2, -1, 0], [-1, 2, -1], [0, -1, 2]], det (power r 3))
  print (transpose [[1, 2, 3], [4, 5], [6 :: Int]])
-- expect: [7.0,10.0]
-- expect: [15.0,22.0]
-- expect: [7.073720166770292e-2,-0.9974949866040541]
-- expect: [0.9974949866040541,7.073720166770292e-2]
-- expect: (-2.0,4.0,0.9999999999999996)
-- expect: [[1,4,6],[2,5],[3]]
