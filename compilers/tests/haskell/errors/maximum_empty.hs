-- maximum of an empty list is a runtime error.
main :: IO ()
main = do
  print (maximum [3, 1, 2 :: Int])
  print (maximum ([] :: [Int]))
-- expect: 3
-- GHC reports on stderr: Prelude.maximum: empty list
-- expect runtime error: trap
-- expect exit: 1
