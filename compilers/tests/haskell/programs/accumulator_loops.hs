-- Loops over Int with accumulators, as a course writes them: a go loop, sum and length, foldl',
-- a count of primes by trial division, Int wrapping at 64 bits inside an accumulator.
import Data.List (foldl')

sumSquares :: Int -> Int
sumSquares n = go 0 1
  where
    go acc i
      | i > n = acc
      | otherwise = go (acc + i * i) (i + 1)

isPrime :: Int -> Bool
isPrime n = n >= 2 && go 2
  where
    go d
      | d * d > n = True
      | n `mod` d == 0 = False
      | otherwise = go (d + 1)

fib :: Int -> Int
fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)

powerWrap :: Int -> Int
powerWrap k = go 1 k
  where
    go acc 0 = acc
    go acc j = go (acc * 3) (j - 1)

main :: IO ()
main = do
  print (sumSquares 10000)
  print (length (filter isPrime [1 .. 2000]))
  print (fib 18)
  print (powerWrap 50)
  print (sum [1 .. 2000 :: Int], length [1 .. 2000 :: Int], foldl' (+) 0 [1 .. 2000 :: Int])
-- expect: 333383335000
-- expect: 303
-- expect: 2584
-- expect: 6048575297968530377
-- expect: (2001000,2000,2001000)
