-- Collatz sequences with iterate and takeWhile.
-- max-steps: 40000000
collatz :: Integer -> [Integer]
collatz = takeWhile (/= 1) . iterate step
  where
    step n = if even n then n `div` 2 else 3 * n + 1

main :: IO ()
main = do
  print (collatz 6)
  print (length (collatz 27))
  print (maximum (collatz 27))
  print (snd (maximum [(length (collatz n), n) | n <- [1 .. 100]]))
-- expect: [6,3,10,5,16,8,4,2]
-- expect: 111
-- expect: 9232
-- expect: 97
