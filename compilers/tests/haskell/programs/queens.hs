-- The n queens puzzle by the list monad's backtracking.
-- max-steps: 40000000
queens :: Int -> [[Int]]
queens n = go n
  where
    go 0 = [[]]
    go k = [q : qs | qs <- go (k - 1), q <- [1 .. n], safe q qs]
    safe q qs = and [q /= c && abs (q - c) /= d | (d, c) <- zip [1 ..] qs]

main :: IO ()
main = do
  print (length (queens 6))
  print (head (queens 6))
  print (map (length . queens) [1 .. 6])
-- expect: 4
-- expect: [5,3,1,6,4,2]
-- expect: [1,0,0,2,10,4]
