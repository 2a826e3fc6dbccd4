-- where clauses and guards: BMI classification, quadratic roots, collatz.
bmi :: Double -> Double -> String
bmi w h
  | v < 18.5 = "under " ++ show v
  | v < 25 = "normal " ++ show v
  | v < 30 = "over " ++ show v
  | otherwise = "obese " ++ show v
  where v = w / h ^ 2

roots :: Double -> Double -> Double -> Maybe (Double, Double)
roots a b c
  | d < 0 = Nothing
  | otherwise = Just ((-b + s) / (2 * a), (-b - s) / (2 * a))
  where
    d = b * b - 4 * a * c
    s = sqrt d

collatz :: Int -> Int
collatz n = go n 0
  where
    go 1 acc = acc
    go m acc
      | even m = go (m `div` 2) (acc + 1)
      | otherwise = go (3 * m + 1) (acc + 1)

main :: IO ()
main = do
  mapM_ (putStrLn . uncurry bmi) [(50, 1.8), (70, 1.75), (90, 1.8), (120, 1.6)]
  print (roots 1 (-3) 2, roots 1 2 5, roots 2 4 (-6), roots 1 0 0)
  print (map collatz [1, 7, 27, 97])
-- expect: under 15.432098765432098
-- expect: normal 22.857142857142858
-- expect: over 27.777777777777775
-- expect: obese 46.87499999999999
-- expect: (Just (2.0,1.0),Nothing,Just (1.0,-3.0),Just (0.0,-0.0))
-- expect: [0,16,111,118]
