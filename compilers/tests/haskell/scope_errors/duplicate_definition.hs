-- Two separate definitions of one name at the top level.
double :: Int -> Int
double x = x * 2

triple :: Int -> Int
triple x = x * 3

double y = y + y

main :: IO ()
main = print (double 2)
-- error: 8:1: Multiple declarations of
