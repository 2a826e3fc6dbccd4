-- Float (binary32) is not in the subset: a diagnostic naming it. GHC builds this program and prints 12.56.
area :: Float -> Float
area r = 3.14 * r * r

main :: IO ()
main = print (area 2)
-- error: 2:9: the type Float (binary32) is not supported: use Double
