-- scanl over an infinite list: running sums.
triangles :: [Integer]
triangles = scanl1 (+) [1 ..]

divisors :: Integer -> Int
divisors n = length [d | d <- [1 .. n], n `mod` d == 0]

main :: IO ()
main = do
  print (take 10 triangles)
  print (head [t | t <- triangles, divisors t > 20])
  print (takeWhile (< 100) (scanl (+) 0 [1, 3 ..]))
-- expect: [1,3,6,10,15,21,28,36,45,55]
-- expect: 630
-- expect: [0,1,4,9,16,25,36,49,64,81]
