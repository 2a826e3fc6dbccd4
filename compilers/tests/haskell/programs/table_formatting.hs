-- Formatting a table by hand: padding, showFFloat, replicate, zip3, unwords and unlines.
import Numeric (showFFloat, showHex)

pad :: Int -> String -> String
pad n s = replicate (n - length s) ' ' ++ s

row :: (String, Int, Double) -> String
row (n, q, p) = pad 8 n ++ pad 5 (show q) ++ pad 10 (showFFloat (Just 2) p "") ++ pad 10 (showFFloat (Just 2) (fromIntegral q * p) "")

main :: IO ()
main = do
  let items = zip3 ["gears", "levers", "cards", "columns"] [12, 3, 400, 7] [2.5, 10.125, 0.005, 99.999]
  putStr (unlines (map row items))
  putStrLn (pad 33 (showFFloat (Just 2) (sum [fromIntegral q * p | (_, q, p) <- items]) ""))
  putStrLn (unwords [showHex (255 :: Int) "", showHex (4096 :: Int) "", showFFloat Nothing 1.0e-2 "", showFFloat (Just 0) 2.5 ""])
-- expect:    gears   12      2.50     30.00
-- expect:   levers    3     10.12     30.38
-- expect:    cards  400      0.00      2.00
-- expect:  columns    7    100.00    699.99
-- expect:                            762.37
-- expect: ff 1000 0.01 2
