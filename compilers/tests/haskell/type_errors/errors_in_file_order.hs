-- main uses describe and area before their definitions; each of the three has an error, reported in the
-- order of the file (not the order in which the bindings are checked).
main :: IO ()
main = do
  putStrLn (describe 3)
  print (area 2 + True)

describe :: Int -> String
describe n = "n is " ++ n

area :: Double -> Double
area r = pi * r * r * length "circle"
-- error: 6:19: Couldn't match expected type
-- error: 9:25: Couldn't match expected type
-- error: 12:23: Couldn't match expected type
