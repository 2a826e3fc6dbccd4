-- An Int where a Double is expected: Haskell converts nothing by itself; fromIntegral does.
average :: [Double] -> Double
average xs = sum xs / length xs

main :: IO ()
main = print (average [1, 2, 3])
-- error: 3:23: Couldn't match expected type ‘Double’ with actual type ‘Int’
