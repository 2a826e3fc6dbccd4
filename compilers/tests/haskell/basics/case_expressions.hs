-- case matches a value against patterns in order.
describeList :: [Int] -> String
describeList xs = case xs of
  [] -> "empty"
  [x] -> "one element: " ++ show x
  [x, y] -> "two elements: " ++ show x ++ " and " ++ show y
  (x : _ : _ : rest) -> "starts with " ++ show x ++ ", " ++ show (length rest) ++ " after the third"

dayName :: Int -> String
dayName d = case d `mod` 7 of
  0 -> "Sunday"
  6 -> "Saturday"
  _ -> "weekday"

main :: IO ()
main = do
  mapM_ (putStrLn . describeList) [[], [1], [1, 2], [1, 2, 3, 4, 5]]
  mapM_ (putStrLn . dayName) [0, 3, 13]
-- expect: empty
-- expect: one element: 1
-- expect: two elements: 1 and 2
-- expect: starts with 1, 2 after the third
-- expect: Sunday
-- expect: weekday
-- expect: Saturday
