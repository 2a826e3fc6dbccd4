-- The eight queens puzzle by the list monad's backtracking.
queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = [q : qs | qs <- go (k - 1), q <- [1 .. n], safe q qs]
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

main :: IO ()
main = do
  print (length (queens 6))
  print (head (queens 8))
  print (map (length . queens) [1 .. 7])
-- expect: 4
-- expect: [4,2,7,3,6,8,5,1]
-- expect: [1,0,0,2,10,4,40]
