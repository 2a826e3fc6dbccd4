-- Records with negative fields, deriving Show/Eq/Ord, record update and field selectors.
data Point = Point { px :: Int, py :: Int } deriving (Show, Eq, Ord)

data Particle = Particle
  { name :: String
  , pos :: Point
  , velocity :: (Double, Double)
  , charge :: Maybe Int
  } deriving (Show, Eq)

move :: Particle -> Particle
move p = p { pos = Point (px (pos p) + round (fst (velocity p))) (py (pos p) + round (snd (velocity p))) }

main :: IO ()
main = do
  let a = Particle { name = "electron", pos = Point (-3) 4, velocity = (-1.5, 2.25), charge = Just (-1) }
      b = Particle "proton" (Point 0 (-7)) (0.1, -0.2) (Just 1)
  print a
  print (move a)
  print [pos a, pos b]
  print (pos a < pos b, maximum [pos a, pos b])
  print (Just (Point (-1) (-2)))
  print (Left (-5) :: Either Int String)
  print (charge b, velocity b)
  print (a == a, a == b)
-- expect: Particle {name = "electron", pos = Point {px = -3, py = 4}, velocity = (-1.5,2.25), charge = Just (-1)}
-- expect: Particle {name = "electron", pos = Point {px = -5, py = 6}, velocity = (-1.5,2.25), charge = Just (-1)}
-- expect: [Point {px = -3, py = 4},Point {px = 0, py = -7}]
-- expect: (True,Point {px = 0, py = -7})
-- expect: Just (Point {px = -1, py = -2})
-- expect: Left (-5)
-- expect: (Just 1,(0.1,-0.2))
-- expect: (True,False)
