-- The lazy "sieve" of the textbooks (trial division by earlier primes).
primes :: [Integer]
primes = sieve [2 ..]
  where
    sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

main :: IO ()
main = do
  print (take 20 primes)
  print (primes !! 99)
  print (takeWhile (< 100) primes)
-- expect: [2,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71]
-- expect: 541
-- expect: [2,3,5,7,11,13,17,19,23,29,31,37,41,43,47,53,59,61,67,71,73,79,83,89,97]
