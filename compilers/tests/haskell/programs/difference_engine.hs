-- Babbage's Difference Engine: tabulating a polynomial by repeated addition of finite differences.
differences :: [Integer] -> [Integer]
differences xs = zipWith (-) (tail xs) xs

-- The leading column: the value and its differences at the first point.
initial :: [Integer] -> [Integer]
initial = map head . takeWhile (not . null) . iterate differences

-- One turn of the crank: each column adds the one to its right.
turn :: [Integer] -> [Integer]
turn cols = zipWith (+) cols (tail cols ++ [0])

tabulate :: [Integer] -> [Integer]
tabulate = map head . iterate turn

main :: IO ()
main = do
  let f x = x * x + x + 41 -- Euler's prime-rich polynomial, Babbage's demonstration table
      start = take 3 (initial (map f [0 .. 5]))
  print start
  print (take 12 (tabulate start))
  print (take 12 (map f [0 ..]) == take 12 (tabulate start))
  print (take 8 (tabulate (take 4 (initial (map (^ 3) [0 .. 6])))))
-- expect: [41,2,2]
-- expect: [41,43,47,53,61,71,83,97,113,131,151,173]
-- expect: True
-- expect: [0,1,8,27,64,125,216,343]
