-- Updating a record inside a record.
data Point = Point {x :: Int, y :: Int} deriving Show
data Robot = Robot {pos :: Point, fuel :: Int} deriving Show

move :: Int -> Int -> Robot -> Robot
move dx dy r = r {pos = (pos r) {x = x (pos r) + dx, y = y (pos r) + dy}, fuel = fuel r - 1}

main :: IO ()
main = do
  let r = Robot {pos = Point 0 0, fuel = 3}
  print (move 1 2 r)
  print (foldr (\(a, b) acc -> move a b acc) r [(1, 0), (0, 1), (-2, -2)])
-- expect: Robot {pos = Point {x = 1, y = 2}, fuel = 2}
-- expect: Robot {pos = Point {x = -1, y = -1}, fuel = 0}
