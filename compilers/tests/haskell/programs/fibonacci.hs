-- Three ways to Fibonacci numbers: naive recursion, an accumulator, and a lazy list.
fibNaive :: Int -> Integer
fibNaive 0 = 0
fibNaive 1 = 1
fibNaive n = fibNaive (n - 1) + fibNaive (n - 2)

fibIter :: Int -> Integer
fibIter n = go n 0 1
  where
    go 0 a _ = a
    go k a b = go (k - 1) b (a + b)

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: IO ()
main = do
  print (map fibNaive [0 .. 15])
  print (fibIter 90)
  print (fibs !! 90 == fibIter 90)
  print (takeWhile (< 1000) (filter even fibs))
-- expect: [0,1,1,2,3,5,8,13,21,34,55,89,144,233,377,610]
-- expect: 2880067194370816120
-- expect: True
-- expect: [0,2,8,34,144,610]
