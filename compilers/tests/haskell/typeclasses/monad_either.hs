-- Either String as a monad: validation that stops at the first error message.
validateAge :: Int -> Either String Int
validateAge n
  | n < 0 = Left ("negative age " ++ show n)
  | n > 150 = Left ("implausible age " ++ show n)
  | otherwise = Right n

person :: String -> Int -> Either String (String, Int)
person name age = do
  n <- if null name then Left "empty name" else Right name
  a <- validateAge age
  return (n, a)

main :: IO ()
main = do
  print (person "Ada" 36)
  print (person "" 36)
  print (person "Charles" (-1))
  print (mapM validateAge [1, 2, 3])
  print (mapM validateAge [1, 200, -3])
-- expect: Right ("Ada",36)
-- expect: Left "empty name"
-- expect: Left "negative age -1"
-- expect: Right [1,2,3]
-- expect: Left "implausible age 200"
