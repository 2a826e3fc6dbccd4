-- Both branches of if must have the same type.
describe :: Int -> String
describe n = if n > 0 then "positive" else n

main :: IO ()
main = putStrLn (describe 5)
-- error: 3:44: Couldn't match expected type
