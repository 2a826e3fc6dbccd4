-- A function applied to more arguments than it takes.
double :: Int -> Int
double x = x * 2

main :: IO ()
main = print (double 3 4)
-- error: 6:15: Couldn't match expected type
