-- Enum Double: [x, y .. z] goes on while the element is at most z plus half the step (Haskell 2010).
main :: IO ()
main = do
  print [0.1, 0.2 .. 1.0 :: Double]
  print [1.0, 1.5 .. 3 :: Double]
  print [5, 4.5 .. 3 :: Double]
  print [0, 0.3 .. 1 :: Double]
-- expect: [0.1,0.2,0.30000000000000004,0.4,0.5,0.6,0.7000000000000001,0.8,0.9,1.0]
-- expect: [1.0,1.5,2.0,2.5,3.0]
-- expect: [5.0,4.5,4.0,3.5,3.0]
-- expect: [0.0,0.3,0.6,0.8999999999999999]
