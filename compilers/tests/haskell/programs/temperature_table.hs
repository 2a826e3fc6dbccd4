-- Temperature conversions: a table of Doubles, showFFloat, fractional Enum ranges, truncation.
import Numeric (showFFloat)

c2f :: Double -> Double
c2f c = c * 9 / 5 + 32

main :: IO ()
main = do
  mapM_ (\c -> putStrLn (show c ++ "C = " ++ show (c2f c) ++ "F")) [-40, -17.5 .. 40]
  print (map (round . c2f) [0, 36.6, 100] :: [Int])
  print [0.1, 0.2 .. 0.5 :: Double]
  print (sum (map c2f [1 .. 10]) / 10, 1 - 0.9 :: Double, 100 * 1.1 :: Double)
  putStrLn (showFFloat (Just 3) (c2f 37.777) "")
  print (fromIntegral (floor (2.7 :: Double) :: Int) + 0.5 :: Double)
-- expect: -40.0C = -40.0F
-- expect: -17.5C = 0.5F
-- expect: 5.0C = 41.0F
-- expect: 27.5C = 81.5F
-- expect: 50.0C = 122.0F
-- expect: [32,98,212]
-- expect: [0.1,0.2,0.30000000000000004,0.4,0.5]
-- expect: (41.9,9.999999999999998e-2,110.00000000000001)
-- expect: 99.999
-- expect: 2.5
