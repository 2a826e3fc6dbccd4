-- A type with several record constructors that share a field.
data Shape
  = Circle {label :: String, radius :: Int}
  | Rectangle {label :: String, width :: Int, height :: Int}
  deriving (Show, Eq)

area :: Shape -> Int
area (Circle _ r) = 3 * r * r
area s = width s * height s

main :: IO ()
main = do
  let shapes = [Circle "c" 2, Rectangle {label = "r", width = 3, height = 4}]
  mapM_ print shapes
  print (map label shapes)
  print (map area shapes)
  print ((head shapes) {label = "renamed"})
-- expect: Circle {label = "c", radius = 2}
-- expect: Rectangle {label = "r", width = 3, height = 4}
-- expect: ["c","r"]
-- expect: [12,12]
-- expect: Circle {label = "renamed", radius = 2}
