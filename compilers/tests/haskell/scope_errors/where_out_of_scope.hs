-- A where binding belongs to one equation: the next cannot see it.
area :: Int -> Int
area 0 = 0
area r = k * r * r
  where
    k = 3

perimeter :: Int -> Int
perimeter r = 2 * k * r

main :: IO ()
main = print (area 2, perimeter 2)
-- error: 9:19: Variable not in scope: k
