-- The elements of a list all have one type.
main :: IO ()
main = print [True, 'b']
-- error: 3:21: Couldn't match expected type
