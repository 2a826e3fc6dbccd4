-- A type class with default methods and a superclass, instances overriding some defaults.
class Show a => Shape a where
  area :: a -> Double
  perimeter :: a -> Double
  describe :: a -> String
  describe x = show x ++ " has area " ++ show (area x) ++ " and perimeter " ++ show (perimeter x)

data Circle = Circle Double deriving Show
data Rect = Rect Double Double deriving Show
data Tri = Tri Double Double Double deriving Show

instance Shape Circle where
  area (Circle r) = pi * r * r
  perimeter (Circle r) = 2 * pi * r

instance Shape Rect where
  area (Rect w h) = w * h
  perimeter (Rect w h) = 2 * (w + h)
  describe r = "rectangle: " ++ show (area r)

instance Shape Tri where
  area (Tri a b c) = let s = (a + b + c) / 2 in sqrt (s * (s - a) * (s - b) * (s - c))
  perimeter (Tri a b c) = a + b + c

main :: IO ()
main = do
  putStrLn (describe (Circle 1.5))
  putStrLn (describe (Rect 2 3.5))
  putStrLn (describe (Tri 3 4 5))
  putStrLn (describe (Circle (-0.1)))
  print (map area [Circle 1, Circle 2, Circle 10])
-- expect: Circle 1.5 has area 7.0685834705770345 and perimeter 9.42477796076938
-- expect: rectangle: 7.0
-- expect: Tri 3.0 4.0 5.0 has area 6.0 and perimeter 12.0
-- expect: Circle (-0.1) has area 3.1415926535897934e-2 and perimeter -0.6283185307179586
-- expect: [3.141592653589793,12.566370614359172,314.1592653589793]
