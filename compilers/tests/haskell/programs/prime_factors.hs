-- Prime factorisation by trial division, and the numbers with the most divisors.
factors :: Integer -> [Integer]
factors n = go n 2
  where
    go 1 _ = []
    go m d
      | d * d > m = [m]
      | m `mod` d == 0 = d : go (m `div` d) d
      | otherwise = go m (d + 1)

main :: IO ()
main = do
  print (factors 1843)
  print (factors 360)
  print (factors 600851475143)
  print (factors 97)
  print (map (length . factors) [2 .. 20])
-- expect: [19,97]
-- expect: [2,2,2,3,3,5]
-- expect: [71,839,1471,6857]
-- expect: [97]
-- expect: [1,1,2,1,2,1,3,2,2,1,3,1,2,2,4,1,3,1,3]
