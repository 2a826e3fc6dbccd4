-- Every statement of a do block in IO is an IO action; a String on its own is not.
main :: IO ()
main = do
  putStrLn "first"
  "second"
-- error: 5:3: Couldn't match expected type
