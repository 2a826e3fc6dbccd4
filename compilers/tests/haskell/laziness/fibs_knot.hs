-- The list of Fibonacci numbers defined in terms of itself.
fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: IO ()
main = do
  print (take 15 fibs)
  print (fibs !! 100)
  print (fibs !! 200)
  print (length (takeWhile (< 10 ^ 20) fibs))
-- expect: [0,1,1,2,3,5,8,13,21,34,55,89,144,233,377]
-- expect: 354224848179261915075
-- expect: 280571172992510140037611932413038677189525
-- expect: 98
