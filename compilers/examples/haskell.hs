-- Euclid's algorithm, by equations tried in order.
euclid :: Integer -> Integer -> Integer
euclid a 0 = a
euclid a b = euclid b (a `mod` b)

main :: IO ()
main = print (euclid 1071 462)
