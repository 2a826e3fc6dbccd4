-- A function has no Show instance, so it cannot be printed.
main :: IO ()
main = print (\x -> x + (1 :: Int))
-- error: 3:8: No instance for (Show (Int -> Int))
