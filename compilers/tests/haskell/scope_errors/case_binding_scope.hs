-- A variable bound by one case alternative is not in scope in another.
describe :: Maybe Int -> String
describe m = case m of
  Just v -> show v
  Nothing -> show v

main :: IO ()
main = putStrLn (describe Nothing)
-- error: 5:19: Variable not in scope: v
