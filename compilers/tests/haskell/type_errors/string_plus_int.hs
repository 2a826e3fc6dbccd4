-- ++ joins lists; an Int is not a list.
count :: Int
count = 3

main :: IO ()
main = putStrLn ("count: " ++ count)
-- error: 6:31: Couldn't match expected type
