-- getLine is an IO action, not a String: it must be bound with <- in do.
shout :: String -> String
shout s = s ++ "!"

main :: IO ()
main = putStrLn (shout getLine)
-- error: 6:24: Couldn't match expected type
