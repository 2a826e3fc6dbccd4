-- A where binding indented less than the first one ends the where block; what follows cannot be parsed.
main :: IO ()
main = print (f 2)
  where
    f x = x + k
   k = 1
-- error: 6:4: parse error on input
