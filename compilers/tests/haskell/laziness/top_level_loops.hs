-- The program's own top-level loops: an accumulator that every call gives an Int is passed evaluated
-- (a hundred thousand steps run in a bounded heap), and one that some call leaves undefined, divides by
-- a variable, grows as an Integer past the Engine's 50 digits, or that escapes as a value, stays lazy.
-- max-steps: 40000000
sumTo :: Int -> Int -> Int
sumTo acc n = if n > 100000 then acc else sumTo (acc + n) (n + 1)

countDown :: Int -> Int -> Int
countDown acc k
  | k == 0 = 0
  | otherwise = countDown (acc + k) (k - 1)

halves :: Int -> Int -> Int
halves acc k
  | k == 0 = 0
  | otherwise = halves (acc `div` (k - 3)) (k - 1)

squares :: Integer -> Int -> Integer
squares acc k
  | k == 0 = 1
  | otherwise = squares (acc * acc) (k - 1)

steps :: Int -> Int -> Int
steps acc k = if k == 0 then acc else steps (acc * 2) (k - 1)

lengthAcc :: Int -> [a] -> Int
lengthAcc acc [] = acc
lengthAcc acc (_ : rest) = lengthAcc (acc + 1) rest

main :: IO ()
main = do
  print (sumTo 0 1)
  print (countDown undefined 10)
  print (halves 1 10)
  print (squares 10 40)
  print (map (steps 1) [0, 3, 10])
  print (zipWith steps [1, 2] [4, 5])
  print (lengthAcc 0 [1 .. 20000 :: Int])
-- expect: 5000050000
-- expect: 0
-- expect: 0
-- expect: 1
-- expect: [1,8,1024]
-- expect: [16,64]
-- expect: 20000
