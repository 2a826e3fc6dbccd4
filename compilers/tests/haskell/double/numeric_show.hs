-- Numeric's showEFloat, showFFloat and showGFloat (with and without a number of decimals, rounding half
-- to even on the shortest digits), showHex, showOct and showIntAtBase, as GHC prints them.
import Numeric (showEFloat, showFFloat, showGFloat, showHex, showOct, showIntAtBase)

xs :: [Double]
xs = [0, -0.0, 1, 0.5, 2.5, 0.125, 3.14159, -2.675, 1234567.891, 1.0e-4, 6.02e23, 0.015, 99.95, 1 / 0, 0 / 0]

main :: IO ()
main = do
  mapM_ (\x -> putStrLn (showFFloat Nothing x "")) xs
  mapM_ (\x -> putStrLn (showFFloat (Just 2) x "")) xs
  mapM_ (\x -> putStrLn (showEFloat Nothing x "")) xs
  mapM_ (\x -> putStrLn (showEFloat (Just 3) x "")) xs
  mapM_ (\x -> putStrLn (showGFloat (Just 1) x "")) xs
  putStrLn (showFFloat (Just 0) (2.5 :: Double) " " ++ showFFloat (Just 0) (3.5 :: Double) " " ++ showEFloat (Just 0) (25 :: Double) "")
  putStrLn (showGFloat Nothing (1.0e8 :: Double) " " ++ showGFloat Nothing (0.05 :: Double) " " ++ showFFloat (Just (-3)) (7.25 :: Double) "")
  putStrLn (showHex (255 :: Int) "" ++ " " ++ showOct (8 :: Integer) "" ++ " " ++ showHex (0 :: Int) "" ++ " " ++ showIntAtBase 2 ("01" !!) (10 :: Int) "")
  putStrLn (showHex (3735928559 :: Integer) (showOct (511 :: Int) "!"))
-- expect: 0.0
-- expect: -0.0
-- expect: 1.0
-- expect: 0.5
-- expect: 2.5
-- expect: 0.125
-- expect: 3.14159
-- expect: -2.675
-- expect: 1234567.891
-- expect: 0.0001
-- expect: 602000000000000000000000.0
-- expect: 0.015
-- expect: 99.95
-- expect: Infinity
-- expect: NaN
-- expect: 0.00
-- expect: -0.00
-- expect: 1.00
-- expect: 0.50
-- expect: 2.50
-- expect: 0.12
-- expect: 3.14
-- expect: -2.68
-- expect: 1234567.89
-- expect: 0.00
-- expect: 602000000000000000000000.00
-- expect: 0.02
-- expect: 99.95
-- expect: Infinity
-- expect: NaN
-- expect: 0.0e0
-- expect: -0.0e0
-- expect: 1.0e0
-- expect: 5.0e-1
-- expect: 2.5e0
-- expect: 1.25e-1
-- expect: 3.14159e0
-- expect: -2.675e0
-- expect: 1.234567891e6
-- expect: 1.0e-4
-- expect: 6.02e23
-- expect: 1.5e-2
-- expect: 9.995e1
-- expect: Infinity
-- expect: NaN
-- expect: 0.000e0
-- expect: -0.000e0
-- expect: 1.000e0
-- expect: 5.000e-1
-- expect: 2.500e0
-- expect: 1.250e-1
-- expect: 3.142e0
-- expect: -2.675e0
-- expect: 1.235e6
-- expect: 1.000e-4
-- expect: 6.020e23
-- expect: 1.500e-2
-- expect: 9.995e1
-- expect: Infinity
-- expect: NaN
-- expect: 0.0
-- expect: -0.0
-- expect: 1.0
-- expect: 0.5
-- expect: 2.5
-- expect: 0.1
-- expect: 3.1
-- expect: -2.7
-- expect: 1234567.9
-- expect: 1.0e-4
-- expect: 6.0e23
-- expect: 1.5e-2
-- expect: 100.0
-- expect: Infinity
-- expect: NaN
-- expect: 2 4 2e1
-- expect: 1.0e8 5.0e-2 7
-- expect: ff 10 0 1010
-- expect: deadbeef777!
