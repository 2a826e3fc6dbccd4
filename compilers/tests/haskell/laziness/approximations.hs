-- Newton's method for integer square roots, taking terms from an infinite list until they settle.
isqrt :: Integer -> Integer
isqrt 0 = 0
isqrt n = settle (iterate step n)
  where
    step x = (x + n `div` x) `div` 2
    settle (a : b : rest)
      | b >= a = a
      | otherwise = settle (b : rest)

main :: IO ()
main = do
  print (map isqrt [0, 1, 2, 3, 4, 15, 16, 17, 99, 100])
  print (isqrt (2 * 10 ^ 40))
  print (isqrt (10 ^ 30))
-- expect: [0,1,1,1,2,3,4,4,9,10]
-- expect: 141421356237309504880
-- expect: 1000000000000000
