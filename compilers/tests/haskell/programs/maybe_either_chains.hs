-- Maybe and Either chains: safe division, lookups, validation with do-notation.
import Data.Char (isDigit)

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

parseAge :: String -> Either String Int
parseAge s
  | null s = Left "empty"
  | all isDigit s = let n = read s in if n > 150 then Left ("too old: " ++ show n) else Right n
  | otherwise = Left ("not a number: " ++ show s)

data Person = Person { pname :: String, age :: Int } deriving Show

mkPerson :: String -> String -> Either String Person
mkPerson n a = do
  ag <- parseAge a
  if null n then Left "no name" else return (Person n ag)

calc :: Int -> Int -> Int -> Maybe Int
calc a b c = do
  x <- safeDiv a b
  y <- safeDiv x c
  return (x + y)

main :: IO ()
main = do
  print (calc 100 5 2, calc 1 0 2, calc 7 7 0)
  mapM_ (print . uncurry mkPerson) [("Ada", "36"), ("", "20"), ("Charles", "x1"), ("Bob", "200"), ("Eve", "")]
  print (lookup 2 [(1, "one"), (2, "two")] >>= \s -> if length s > 2 then Just (reverse s) else Nothing)
  print (sequence [Just 1, Just 2, Nothing], sequence [Right 1, Right 2 :: Either String Int])
  print (either length negate (Left "abc" :: Either String Int), maybe 0 (+ 1) (Just 41))
  print (mapM (\x -> if x > 0 then Right x else Left x) [3, 2, -1, -5])
-- expect: (Just 30,Nothing,Nothing)
-- expect: Right (Person {pname = "Ada", age = 36})
-- expect: Left "no name"
-- expect: Left "not a number: \"x1\""
-- expect: Left "too old: 200"
-- expect: Left "empty"
-- expect: Just "owt"
-- expect: (Nothing,Right [1,2])
-- expect: (3,42)
-- expect: Left (-1)
