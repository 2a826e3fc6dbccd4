-- Recursion on Integer with pattern matching on a literal. Worked by hand: 10! = 3628800,
-- 20! = 2432902008176640000.
-- expect: 3628800
-- expect: 2432902008176640000
factorial : Integer -> Integer
factorial 0 = 1
factorial n = n * factorial (n - 1)

main : IO ()
main = do
  printLn (factorial 10)
  printLn (factorial 20)
