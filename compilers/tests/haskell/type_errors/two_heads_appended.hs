-- `head` where a String is wanted, twice in one equation: GHC reports both, each naming [Char] (the
-- String of the signature), not the list of an unknown element type.
initials :: String -> String -> String
initials first last = head first ++ "." ++ head last ++ "."

main :: IO ()
main = putStrLn (initials "Ada" "Lovelace")
-- error: 4:23: Couldn't match expected type
-- error: 4:44: Couldn't match expected type
