-- A number literal where a Bool is needed: Bool is not an instance of Num.
main :: IO ()
main = print (True && 1)
-- error: 3:23: No instance for (Num Bool)
