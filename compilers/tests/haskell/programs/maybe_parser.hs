-- A parser built from functions String -> Maybe (a, String), combined by hand.
import Data.Char (isDigit, isSpace)

type Parser a = String -> Maybe (a, String)

char :: Char -> Parser Char
char c (x : xs) | x == c = Just (c, xs)
char _ _ = Nothing

spaces :: String -> String
spaces = dropWhile isSpace

number :: Parser Int
number s = case span isDigit s of
  ("", _) -> Nothing
  (ds, rest) -> Just (read ds, rest)

-- a list of numbers: [1, 2, 3]
list :: Parser [Int]
list s = do
  (_, s1) <- char '[' (spaces s)
  case char ']' (spaces s1) of
    Just (_, s2) -> Just ([], s2)
    Nothing -> items (spaces s1)
  where
    items s' = do
      (n, s2) <- number (spaces s')
      case spaces s2 of
        ',' : s3 -> do
          (ns, s4) <- items s3
          return (n : ns, s4)
        ']' : s3 -> Just ([n], s3)
        _ -> Nothing

parseAll :: String -> Maybe [Int]
parseAll s = case list s of
  Just (v, rest) | all isSpace rest -> Just v
  _ -> Nothing

main :: IO ()
main = mapM_ (print . parseAll) ["[1, 2, 3]", "[]", " [ 42 ] ", "[1, 2", "[1,,2]", "[7] extra", "[10,20,30]"]
-- expect: Just [1,2,3]
-- expect: Just []
-- expect: Just [42]
-- expect: Nothing
-- expect: Nothing
-- expect: Nothing
-- expect: Just [10,20,30]
