-- An accumulating helper in a where block. Worked by hand: fib 0..10 = 0 1 1 2 3 5 8 13 21 34 55;
-- fib 90 = 2880067194370816120.
-- expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
-- expect: 2880067194370816120
fib : Nat -> Integer
fib n = go n 0 1
  where
    go : Nat -> Integer -> Integer -> Integer
    go Z     a _ = a
    go (S k) a b = go k b (a + b)

main : IO ()
main = do
  printLn (map fib [0 .. 10])
  printLn (fib 90)
