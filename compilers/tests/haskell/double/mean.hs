-- The mean and the standard deviation of a list of marks.
mean :: [Double] -> Double
mean xs = sum xs / fromIntegral (length xs)

stddev :: [Double] -> Double
stddev xs = sqrt (sum [(x - m) ^ 2 | x <- xs] / fromIntegral (length xs))
  where
    m = mean xs

main :: IO ()
main = do
  let marks = [72, 85.5, 90, 64, 78.25]
  print (mean marks)
  print (stddev marks)
  print (round (mean marks) :: Int)
-- expect: 77.95
-- expect: 9.298386956886661
-- expect: 78
