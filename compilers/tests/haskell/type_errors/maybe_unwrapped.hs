-- A Maybe Int is used as an Int without looking inside it.
main :: IO ()
main = do
  let found = lookup 'b' (zip "abc" [1 :: Int ..])
  print (found + 1)
-- error: 5:16: No instance for (Num (Maybe Int))
