-- An equation's body lines must be indented beyond its start.
double :: Int -> Int
double x =
x * 2

main :: IO ()
main = print (double 4)
-- error: 4:1: parse error (possibly incorrect indentation or mismatched brackets)
