-- Control.Monad's guard, mzero, mplus and msum in the list and Maybe monads (triples, queens).
import Control.Monad (guard, mplus, mzero, msum, replicateM)

triples :: Int -> [(Int, Int, Int)]
triples n = do
  a <- [1 .. n]
  b <- [a .. n]
  c <- [b .. n]
  guard (a * a + b * b == c * c)
  return (a, b, c)

safeRoot :: Double -> Maybe Double
safeRoot x = do
  guard (x >= 0)
  return (sqrt x)

firstJust :: [Maybe Int] -> Maybe Int
firstJust = msum

queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = do
      qs <- go (k - 1)
      q <- [1 .. n]
      guard (safe q qs)
      return (q : qs)
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

main :: IO ()
main = do
  print (triples 20)
  print (safeRoot 16, safeRoot (-1))
  print (firstJust [Nothing, Just 3, Just 4], firstJust [])
  print (Just 1 `mplus` Just 2, (mzero :: Maybe Int) `mplus` Just 2, [1, 2] `mplus` [3])
  print (length (queens 6), head (queens 6))
  print (replicateM 2 "xy")
  print (do { x <- [1 .. 10 :: Int]; guard (even x); [x, x * 10] })
-- expect: [(3,4,5),(5,12,13),(6,8,10),(8,15,17),(9,12,15),(12,16,20)]
-- expect: (Just 4.0,Nothing)
-- expect: (Just 3,Nothing)
-- expect: (Just 1,Just 2,[1,2,3])
-- expect: (4,[5,3,1,6,4,2])
-- expect: ["xx","xy","yx","yy"]
-- expect: [2,20,4,40,6,60,8,80,10,100]
