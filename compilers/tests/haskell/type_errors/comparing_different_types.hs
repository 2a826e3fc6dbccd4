-- == compares two values of one type: a Char with a String is an error students often make.
startsWithA :: String -> Bool
startsWithA s = head s == "A"

main :: IO ()
main = print (startsWithA "Ada")
-- error: 3:27: Couldn't match expected type
