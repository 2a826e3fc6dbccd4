-- A type class with instances for three shapes, a default method, and printf's formatting.
import Text.Printf (printf)
import Data.List (sortOn)

class Shape a where
  area :: a -> Double
  perimeter :: a -> Double
  name :: a -> String
  describe :: a -> String
  describe s = printf "%s: area %.2f, perimeter %.2f" (name s) (area s) (perimeter s)

data Circle = Circle Double
data Rect = Rect Double Double
data Triangle = Triangle Double Double Double

instance Shape Circle where
  area (Circle r) = pi * r * r
  perimeter (Circle r) = 2 * pi * r
  name _ = "circle"

instance Shape Rect where
  area (Rect w h) = w * h
  perimeter (Rect w h) = 2 * (w + h)
  name (Rect w h) = if w == h then "square" else "rectangle"

instance Shape Triangle where
  area (Triangle a b c) = let s = (a + b + c) / 2 in sqrt (s * (s - a) * (s - b) * (s - c))
  perimeter (Triangle a b c) = a + b + c
  name _ = "triangle"
  describe t = "a " ++ name t ++ " of area " ++ show (area t)

data AnyShape = AC Circle | AR Rect | AT Triangle

areaOf :: AnyShape -> Double
areaOf (AC c) = area c
areaOf (AR r) = area r
areaOf (AT t) = area t

describeAny :: AnyShape -> String
describeAny (AC c) = describe c
describeAny (AR r) = describe r
describeAny (AT t) = describe t

main :: IO ()
main = do
  let shapes = [AC (Circle 1.5), AR (Rect 2 3), AT (Triangle 3 4 5), AR (Rect 2.5 2.5)]
  mapM_ (putStrLn . describeAny) shapes
  printf "total area: %.3f\n" (sum (map areaOf shapes))
  mapM_ (putStrLn . describeAny) (take 2 (sortOn areaOf shapes))
-- expect: circle: area 7.07, perimeter 9.42
-- expect: rectangle: area 6.00, perimeter 10.00
-- expect: a triangle of area 6.0
-- expect: square: area 6.25, perimeter 10.00
-- expect: total area: 25.319
-- expect: rectangle: area 6.00, perimeter 10.00
-- expect: a triangle of area 6.0
