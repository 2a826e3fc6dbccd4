-- interact with lines and unlines: number every line of the input.
main :: IO ()
main = interact (unlines . zipWith (\n l -> show n ++ ": " ++ l) [1 :: Int ..] . lines)
-- stdin: first
-- stdin: second
-- stdin:
-- stdin: fourth
-- expect: 1: first
-- expect: 2: second
-- expect: 3: 
-- expect: 4: fourth
