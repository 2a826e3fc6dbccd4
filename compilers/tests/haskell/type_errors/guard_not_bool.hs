-- A guard must be a Bool.
sign :: Int -> String
sign n
  | n = "nonzero"
  | otherwise = "zero"

main :: IO ()
main = putStrLn (sign 3)
-- error: 4:5: Couldn't match expected type
