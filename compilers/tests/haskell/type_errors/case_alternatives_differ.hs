-- The alternatives of a case must have one type.
describe :: Maybe Int -> String
describe m = case m of
  Nothing -> "nothing"
  Just n -> n

main :: IO ()
main = putStrLn (describe (Just 3))
-- error: 5:13: Couldn't match expected type
