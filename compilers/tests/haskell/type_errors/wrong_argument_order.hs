-- replicate takes the count first and the value second.
main :: IO ()
main = putStrLn (replicate 'x' 3)
-- error: 3:28: Couldn't match expected type
