-- A user class with instances for several types.
class Shape a where
  area :: a -> Int
  name :: a -> String

data Square = Square Int
data Rect = Rect Int Int

instance Shape Square where
  area (Square s) = s * s
  name _ = "square"

instance Shape Rect where
  area (Rect w h) = w * h
  name _ = "rectangle"

describe :: Shape a => a -> String
describe s = name s ++ " of area " ++ show (area s)

main :: IO ()
main = do
  putStrLn (describe (Square 5))
  putStrLn (describe (Rect 3 4))
-- expect: square of area 25
-- expect: rectangle of area 12
