-- A constructor pattern with the wrong number of fields.
data Point = Point Int Int

getX :: Point -> Int
getX (Point x) = x

main :: IO ()
main = print (getX (Point 1 2))
-- error: 5:7: should have 2 arguments, but has been given 1
