-- == needs an Eq instance, and this data type derives none.
data Colour = Red | Green

main :: IO ()
main = print (Red == Green)
-- error: 5:19: No instance for (Eq Colour)
