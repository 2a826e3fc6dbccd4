-- A temperature table: Celsius to Fahrenheit, printed with show.
toFahrenheit :: Double -> Double
toFahrenheit c = c * 9 / 5 + 32

main :: IO ()
main = mapM_ (\c -> putStrLn (show c ++ " C = " ++ show (toFahrenheit c) ++ " F")) [-40, -10, 0, 36.6, 100]
-- expect: -40.0 C = -40.0 F
-- expect: -10.0 C = 14.0 F
-- expect: 0.0 C = 32.0 F
-- expect: 36.6 C = 97.88000000000001 F
-- expect: 100.0 C = 212.0 F
