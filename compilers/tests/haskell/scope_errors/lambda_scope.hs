-- A lambda's parameter is not visible outside the lambda.
main :: IO ()
main = do
  let f = \n -> n * 2
  print (f 3 + n)
-- error: 5:16: Variable not in scope: n
