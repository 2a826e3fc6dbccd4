-- Euclid's algorithm on Integer (mod on non-negative numbers). Worked by hand:
-- gcd 1071 462 = 21, gcd 17 5 = 1.
-- expect: 21
-- expect: 1
gcdE : Integer -> Integer -> Integer
gcdE a 0 = a
gcdE a b = gcdE b (mod a b)

main : IO ()
main = do
  printLn (gcdE 1071 462)
  printLn (gcdE 17 5)
