-- Text.Read's readMaybe and readEither (the safe parse of input), and Eq and Ord of tuples of 5 to 7.
import Text.Read (readMaybe, readEither)

parseAge :: String -> Either String Int
parseAge s = case readMaybe s of
  Nothing -> Left ("not a number: " ++ s)
  Just n
    | n < 0 -> Left "negative"
    | otherwise -> Right n

main :: IO ()
main = do
  mapM_ (print . parseAge) ["42", " 7 ", "x1", "-3", "3.5"]
  print (readMaybe "2.5" :: Maybe Double, readMaybe "[1,2]" :: Maybe [Int], readMaybe "(1,True)" :: Maybe (Int, Bool))
  print (readEither "12" :: Either String Int, readEither "1 2" :: Either String Int)
  print ((1, 2, 3, 4, 5) < (1, 2, 3, 4, 6 :: Int), (1, 'a', "b", 2, 3, 4) == (1 :: Int, 'a', "b", 2 :: Int, 3 :: Int, 4 :: Int))
  print (maximum [(1, 2, 3, 4, 5, 6, 7), (1, 2, 3, 4, 5, 6, 8 :: Int)], compare (1, 2, 3, 4, 5, 6) (1, 2, 3, 4, 5, 5 :: Int))
  line <- getLine
  case readMaybe line :: Maybe Int of
    Just n -> print (n * 2)
    Nothing -> putStrLn "bad input"
-- stdin: abc
-- expect: Right 42
-- expect: Right 7
-- expect: Left "not a number: x1"
-- expect: Left "negative"
-- expect: Left "not a number: 3.5"
-- expect: (Just 2.5,Just [1,2],Just (1,True))
-- expect: (Right 12,Left "Prelude.read: no parse")
-- expect: (True,True)
-- expect: ((1,2,3,4,5,6,8),GT)
-- expect: bad input
