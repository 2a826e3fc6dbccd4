-- A let binding is visible only inside its in.
main :: IO ()
main = do
  print (let y = 5 in y * 2)
  print y
-- error: 5:9: Variable not in scope: y
