-- Euclid's algorithm. The types are checked, then erased: what runs is the arithmetic.
gcd : Integer -> Integer -> Integer
gcd a 0 = a
gcd a b = gcd b (a `mod` b)

main : IO ()
main = printLn (gcd 1071 462)
