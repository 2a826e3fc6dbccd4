-- A numeric fold's result used as a String: the error is at the operator, at its parenthesis.
main :: IO ()
main = do
  let total = foldr (+) 0 [1, 2, 3]
  putStrLn ("Total: " ++ total)
-- error: 4:21: No instance for (Num [Char])
