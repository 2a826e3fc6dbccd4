-- A reverse Polish notation calculator over the lines of the input.
evalRPN :: String -> Either String Integer
evalRPN = go [] . words
  where
    go [x] [] = Right x
    go st [] = Left ("stack at the end: " ++ show st)
    go (y : x : st) (w : ws)
      | w == "+" = go (x + y : st) ws
      | w == "-" = go (x - y : st) ws
      | w == "*" = go (x * y : st) ws
      | w == "/" = if y == 0 then Left "division by zero" else go (x `div` y : st) ws
    go st (w : ws)
      | all (`elem` "0123456789") w = go (read w : st) ws
      | otherwise = Left ("bad token " ++ w)

main :: IO ()
main = interact (unlines . map (either ("error: " ++) show . evalRPN) . lines)
-- stdin: 3 4 +
-- stdin: 5 1 2 + 4 * + 3 -
-- stdin: 2 3 4 * +
-- stdin: 1 0 /
-- stdin: 1 2
-- stdin: 4 x *
-- stdin: 10 2 3 * -
-- expect: 7
-- expect: 14
-- expect: 14
-- expect: error: division by zero
-- expect: error: stack at the end: [2,1]
-- expect: error: bad token x
-- expect: 4
