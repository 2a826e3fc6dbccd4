-- Balanced brackets with a list as a stack, for each line of the input.
balanced :: String -> Bool
balanced = go []
  where
    go stack [] = null stack
    go stack (c : cs)
      | c `elem` "([{" = go (c : stack) cs
      | c `elem` ")]}" = case stack of
          (o : rest) | matches o c -> go rest cs
          _ -> False
      | otherwise = go stack cs
    matches '(' ')' = True
    matches '[' ']' = True
    matches '{' '}' = True
    matches _ _ = False

main :: IO ()
main = interact (unlines . map (\l -> l ++ " -> " ++ (if balanced l then "balanced" else "unbalanced")) . lines)
-- stdin: (a [b] {c})
-- stdin: ([)]
-- stdin: ((()
-- stdin: f(x) = [y | y <- {1}]
-- stdin: )(
-- expect: (a [b] {c}) -> balanced
-- expect: ([)] -> unbalanced
-- expect: ((() -> unbalanced
-- expect: f(x) = [y | y <- {1}] -> balanced
-- expect: )( -> unbalanced
