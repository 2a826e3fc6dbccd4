-- Map.fromList without importing Data.Map as Map.
main :: IO ()
main = print (Map.toList (Map.fromList [(1, "one")]))
-- error: 3:15: Not in scope
-- error: 3:27: Not in scope
