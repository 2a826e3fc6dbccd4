-- A name may appear only once in one pattern.
same :: Int -> Int -> Bool
same x x = True
same _ _ = False

main :: IO ()
main = print (same 1 1)
-- error: 3:6: Conflicting definitions for
