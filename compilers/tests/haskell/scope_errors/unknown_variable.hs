-- A name that is defined nowhere.
main :: IO ()
main = print (x + 1)
-- error: 3:15: Variable not in scope: x
