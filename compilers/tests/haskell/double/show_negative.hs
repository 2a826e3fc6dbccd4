-- showsPrec puts a negative Double in parentheses where derived Show needs them.
data Point = Point Double Double deriving Show

data Shape = Circle { radius :: Double } deriving Show

main :: IO ()
main = do
  print (Just (-1.5 :: Double))
  print (Point (-1) 2.5)
  print (Circle (-0.25))
  print [-1.5, 2 :: Double]
  print (Left (-3.0e-5) :: Either Double Int)
  putStrLn (show (-2.0 :: Double))
-- expect: Just (-1.5)
-- expect: Point (-1.0) 2.5
-- expect: Circle {radius = -0.25}
-- expect: [-1.5,2.0]
-- expect: Left (-3.0e-5)
-- expect: -2.0
