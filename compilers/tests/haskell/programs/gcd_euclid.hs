-- Euclid's algorithm, by subtraction and by remainder, with the extended version.
gcdSub :: Integer -> Integer -> Integer
gcdSub a b
  | a == b = a
  | a > b = gcdSub (a - b) b
  | otherwise = gcdSub a (b - a)

gcdRem :: Integer -> Integer -> Integer
gcdRem a 0 = a
gcdRem a b = gcdRem b (a `mod` b)

-- extended a b = (g, x, y) with a*x + b*y = g
extended :: Integer -> Integer -> (Integer, Integer, Integer)
extended a 0 = (a, 1, 0)
extended a b = (g, y, x - (a `div` b) * y)
  where
    (g, x, y) = extended b (a `mod` b)

main :: IO ()
main = do
  print (gcdSub 1071 462, gcdRem 1071 462, gcd 1071 462)
  print (extended 240 46)
  print [gcdRem a 12 | a <- [1 .. 12]]
-- expect: (21,21,21)
-- expect: (2,-9,47)
-- expect: [1,2,3,4,1,6,1,4,3,2,1,12]
