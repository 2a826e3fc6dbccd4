-- A lambda's pattern that does not match fails at run time.
main :: IO ()
main = do
  print (map (\(Just x) -> x * 2) [Just 1, Just 2])
  print (map (\(Just x) -> x * 2) [Just 3, Nothing])
-- expect: [2,4]
-- GHC reports on stderr: non_exhaustive_lambda.hs:5:15-32: Non-exhaustive patterns in lambda
-- expect runtime error: trap
-- expect exit: 1
