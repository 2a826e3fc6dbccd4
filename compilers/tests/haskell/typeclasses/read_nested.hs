-- read of nested constructors: inside parentheses a value is read at precedence 0 again; Either, triples,
-- () and Ordering.
data Shape = Circle Int | Rect Int Int deriving (Show, Read)
main :: IO ()
main = do
  print (read "Just (Just 5)" :: Maybe (Maybe Int))
  print (read "(Just (Circle 3))" :: Maybe Shape)
  print (read "[Just (Rect 1 2), Nothing, (Just (Circle (4)))]" :: [Maybe Shape])
  print (read "((Nothing))" :: Maybe Int)
  print (read " Just  (-3)" :: Maybe Int)
  print (read "[(1,2,3),(4,5,6)]" :: [(Int, Int, Int)], read " ( ) " :: (), read "[LT,GT]" :: [Ordering])
  print (read "Left (Just 3)" :: Either (Maybe Int) Bool, read "(Right True)" :: Either Int Bool)
  print (read "[Left 1, Right 'x']" :: [Either Int Char], read "Just (Left 2)" :: Maybe (Either Int Int))
  print (read "((1,2),(True,'c',\"x\"))" :: ((Int, Int), (Bool, Char, String)))
-- expect: Just (Just 5)
-- expect: Just (Circle 3)
-- expect: [Just (Rect 1 2),Nothing,Just (Circle 4)]
-- expect: Nothing
-- expect: Just (-3)
-- expect: ([(1,2,3),(4,5,6)],(),[LT,GT])
-- expect: (Left (Just 3),Right True)
-- expect: ([Left 1,Right 'x'],Just (Left 2))
-- expect: ((1,2),(True,'c',"x"))
