-- Maybe and Either as results, consumed with case, maybe and either.
safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

parseDigit :: Char -> Either String Int
parseDigit c
  | c >= '0' && c <= '9' = Right (fromEnum c - fromEnum '0')
  | otherwise = Left ("not a digit: " ++ [c])

main :: IO ()
main = do
  print (safeDiv 10 2, safeDiv 1 0)
  print (maybe 0 (+ 1) (safeDiv 10 5))
  print (map parseDigit "7x")
  putStrLn (either id show (parseDigit 'q'))
  print (either length negate (Right 4 :: Either String Int))
  print (fmap (* 2) (Just 21), fmap (* 2) Nothing :: Maybe Int)
-- expect: (Just 5,Nothing)
-- expect: 3
-- expect: [Right 7,Left "not a digit: x"]
-- expect: not a digit: q
-- expect: -4
-- expect: (Just 42,Nothing)
