-- not needs a Bool; a Char is given.
main :: IO ()
main = print (not 'x')
-- error: 3:19: Couldn't match expected type
