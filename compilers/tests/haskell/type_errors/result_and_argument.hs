-- A function's result and one of its arguments both wrong: GHC reports the result's mismatch and the
-- argument's.
label :: Int -> String
label n = replicate n (show n) ++ n

main :: IO ()
main = putStrLn (label 2 ++ length "ab")
-- error: 4:11: Couldn't match expected type
-- error: 4:35: Couldn't match expected type
-- error: 7:29: Couldn't match expected type
