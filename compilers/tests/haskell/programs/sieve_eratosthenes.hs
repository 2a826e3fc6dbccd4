-- The genuine sieve of Eratosthenes on a finite range: cross off multiples, with a list of flags.
sieve :: Int -> [Int]
sieve n = [i | (i, True) <- zip [2 ..] (go 2 (replicate (n - 1) True))]
  where
    go p flags
      | p * p > n = flags
      | not (flags !! (p - 2)) = go (p + 1) flags
      | otherwise = go (p + 1) [f && (i == p || i `mod` p /= 0) | (i, f) <- zip [2 ..] flags]

main :: IO ()
main = do
  print (sieve 100)
  print (length (sieve 500))
-- expect: [2,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97]
-- expect: 95
