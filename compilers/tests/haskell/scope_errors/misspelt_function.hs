-- A misspelt Prelude function.
main :: IO ()
main = print (lenght [1, 2, 3])
-- error: 3:15: Variable not in scope: lenght
