-- Plain recursion: factorial, power, digits.
factorial :: Integer -> Integer
factorial 0 = 1
factorial n = n * factorial (n - 1)

power :: Integer -> Int -> Integer
power _ 0 = 1
power b e = b * power b (e - 1)

digits :: Integer -> [Integer]
digits n
  | n < 10 = [n]
  | otherwise = digits (n `div` 10) ++ [n `mod` 10]

main :: IO ()
main = do
  print (map factorial [0 .. 10])
  print (factorial 25)
  print (power 3 30)
  print (digits 1843)
  print (sum (digits (factorial 20)))
-- expect: [1,1,2,6,24,120,720,5040,40320,362880,3628800]
-- expect: 15511210043330985984000000
-- expect: 205891132094649
-- expect: [1,8,4,3]
-- expect: 54
