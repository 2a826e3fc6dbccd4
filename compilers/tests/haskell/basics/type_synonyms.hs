-- type gives another name to a type.
type Name = String
type Point = (Int, Int)
type Table k v = [(k, v)]

distance2 :: Point -> Point -> Int
distance2 (x1, y1) (x2, y2) = (x1 - x2) ^ 2 + (y1 - y2) ^ 2

ages :: Table Name Int
ages = [("Ada", 36), ("Charles", 79)]

main :: IO ()
main = do
  print (distance2 (0, 0) (3, 4))
  print (lookup "Ada" ages)
  print (lookup "Luigi" ages)
-- expect: 25
-- expect: Just 36
-- expect: Nothing
