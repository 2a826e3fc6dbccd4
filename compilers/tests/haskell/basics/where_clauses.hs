-- where binds names visible in all the guards of an equation.
bmi :: Int -> Int -> String
bmi weight height
  | index <= 18 = "under"
  | index <= 25 = "normal"
  | otherwise = "over"
  where
    index = weight * 10000 `div` (height * height)

roots :: Int -> Int -> Int -> (Int, Int)
roots a b c = (x1, x2)
  where
    d = b * b - 4 * a * c
    s = isqrt d
    x1 = (-b + s) `div` (2 * a)
    x2 = (-b - s) `div` (2 * a)
    isqrt n = last (takeWhile (\k -> k * k <= n) [0 ..])

main :: IO ()
main = do
  putStrLn (bmi 50 180)
  putStrLn (bmi 70 175)
  putStrLn (bmi 100 170)
  print (roots 1 (-5) 6)
-- expect: under
-- expect: normal
-- expect: over
-- expect: (3,2)
