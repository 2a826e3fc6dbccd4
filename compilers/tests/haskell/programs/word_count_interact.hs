-- wc with interact: lines, words and characters of the input.
main :: IO ()
main = interact $ \s -> show (length (lines s)) ++ " " ++ show (length (words s)) ++ " " ++ show (length s) ++ "\n"
-- stdin: The Analytical Engine has no pretensions
-- stdin: whatever to originate anything.
-- stdin: It can do whatever we know how to order it to perform.
-- expect: 3 22 128
