-- read of nested constructors: inside parentheses a value is read at precedence 0 again.
data Shape = Circle Int | Rect Int Int deriving (Show, Read)
main :: IO ()
main = do
  print (read "Just (Just 5)" :: Maybe (Maybe Int))
  print (read "(Just (Circle 3))" :: Maybe Shape)
  print (read "[Just (Rect 1 2), Nothing, (Just (Circle (4)))]" :: [Maybe Shape])
  print (read "((Nothing))" :: Maybe Int)
  print (read " Just  (-3)" :: Maybe Int)
-- expect: Just (Just 5)
-- expect: Just (Circle 3)
-- expect: [Just (Rect 1 2),Nothing,Just (Circle 4)]
-- expect: Nothing
-- expect: Just (-3)
